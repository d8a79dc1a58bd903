// Runs in the print document before Paged.js lays out pages. A code line
// longer than the text block is broken at the last column that fits, and the
// rest continues on a new line behind a visible mark, as a printed listing
// must never lose characters off the edge of the page.
(function wrapCodeLines() {
  const MARK = '\u21aa ';
  const blocks = [...document.querySelectorAll('pre > code')];
  // Measured as on the page: the body as wide as the text block
  // (--text-block-width, print.css), not the browser window.
  const body = document.body.style;
  body.width = getComputedStyle(document.documentElement).getPropertyValue('--text-block-width');
  // Every block is measured before any is changed: a measurement after a
  // change would lay out the whole unpaginated book again, once per block.
  const widths = blocks.map((code) => {
    const pre = code.parentElement;
    const style = getComputedStyle(pre);
    const probe = document.createElement('span');
    probe.textContent = 'M'.repeat(100);
    probe.style.whiteSpace = 'pre'; // wrapped, it would measure the block, not the characters
    code.append(probe);
    return { probe, width: pre.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
  });
  const columnsOf = widths.map(({ probe, width }) => Math.floor(width / (probe.getBoundingClientRect().width / 100)));
  for (const { probe } of widths) probe.remove();
  body.width = '';
  blocks.forEach((code, b) => {
    const columns = columnsOf[b];
    if (!(columns > MARK.length + 8)) return;
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    let column = 0;
    for (let node of texts) {
      let i = 0;
      while (i < node.data.length) {
        const ch = node.data[i];
        if (ch === '\n') {
          column = 0;
          i += 1;
          continue;
        }
        if (column === columns) {
          // Split here: the rest of this text node moves behind a newline and
          // the mark. The newline is the mark's own first character, because
          // Paged.js drops text nodes that hold only white space.
          const rest = node.splitText(i);
          const mark = document.createElement('span');
          mark.className = 'wrap-mark';
          mark.setAttribute('aria-hidden', 'true');
          mark.textContent = `\n${MARK}`;
          rest.before(mark);
          column = MARK.length;
          node = rest;
          i = 0;
          continue;
        }
        column += 1;
        i += 1;
      }
    }
  });
})();
