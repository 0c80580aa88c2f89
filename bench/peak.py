"""Run a command and print its own peak resident memory (MiB) as the last line of stdout."""

import resource
import subprocess
import sys

proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stdout.write(proc.stdout)
sys.stderr.write(proc.stderr)
print(f"peak_mib {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.1f}")
sys.exit(proc.returncode)
