/** The SHA-256 (32 hex digits) of every source under <toolchain>/build/, tsconfig.json, `extra` files and `salt`. */
export function sourceHash(toolchain: string, salt: string, extra?: string[]): string;
