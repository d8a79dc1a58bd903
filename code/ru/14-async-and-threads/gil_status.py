# Listing 14.13, from manuscript/ru/14-async-and-threads.md:1504
import sys
import sysconfig

free_threaded_build = sysconfig.get_config_var("Py_GIL_DISABLED") == 1
is_gil_enabled = getattr(sys, "_is_gil_enabled", None)  # Python 3.13+
gil_enabled = True if is_gil_enabled is None else bool(is_gil_enabled())

print("сборка без GIL:", free_threaded_build)
print("GIL включён прямо сейчас:", gil_enabled)
