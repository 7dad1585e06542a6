"""Runs a command in a pseudo-terminal and plays a script of (wait-for-text, keys-to-type) steps.

usage: pty-drive.py STEPS_JSON TIMEOUT_SECONDS COMMAND...
Prints {"code": exit code or null, "transcript": text, "raw": the same with its escape sequences, "failed": step index or null} as JSON, and never hangs:
each wait has the timeout, and the child is killed if it is still running at the end.
"""
import json, os, pty, re, select, signal, sys, time

steps = json.loads(sys.argv[1])
timeout = float(sys.argv[2])
command = sys.argv[3:]
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>78]")

pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)

output = b""
def pump(until):
    global output
    ready, _, _ = select.select([fd], [], [], max(0.0, min(0.2, until - time.time())))
    if ready:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        output += chunk
    return True

failed = None
mark = 0
for index, (wait_for, keys) in enumerate(steps):
    deadline = time.time() + timeout
    found = False
    while time.time() < deadline:
        visible = ANSI.sub(b"", output[mark:]).decode("utf8", "replace")
        if wait_for in visible:
            found = True
            break
        if not pump(deadline):
            break
    if not found:
        failed = index
        break
    mark = len(output)
    os.write(fd, keys.encode("utf8"))

code = None
deadline = time.time() + timeout
while time.time() < deadline:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        code = os.waitstatus_to_exitcode(status)
        break
    pump(deadline)
if code is None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
while pump(time.time() + 0.05):
    pass

print(json.dumps({"code": code, "failed": failed, "transcript": ANSI.sub(b"", output).decode("utf8", "replace"), "raw": output.decode("utf8", "replace")}))
