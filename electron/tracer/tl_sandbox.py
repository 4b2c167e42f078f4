"""Containment inside the tracer process: resource limits, an audit hook that
refuses process creation, networking and writes outside the working folder,
and stdio redirection so that the program cannot corrupt the JSON result.

The machines may run as root, where RLIMIT_NPROC does not apply: the audit
hook is what stops a fork bomb. The parent (TraceService) adds a wall-clock
timeout and kills the whole process group, which covers what this cannot
(a long computation inside C code, a hostile program that swallows every
exception)."""
import os
import sys

MB = 1024 * 1024

_PROCESS_EVENTS = frozenset([
    "os.fork", "os.forkpty", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
    "os.kill", "os.killpg", "os.startfile", "subprocess.Popen", "pty.spawn",
    "_posixsubprocess.fork_exec",
])
_NETWORK_EVENTS = frozenset([
    "socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg",
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
])
_OTHER_EVENTS = {
    "_thread.start_new_thread": "starting threads",
    "ctypes.dlopen": "loading native code",
    "ctypes.dlsym": "loading native code",
}
# Events whose first argument is a path that gets modified.
_PATH_EVENTS = frozenset([
    "os.remove", "os.rmdir", "os.mkdir", "os.chmod", "os.chown", "os.truncate",
    "os.link", "os.symlink", "os.utime", "shutil.rmtree", "os.rename",
])
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


class Sandbox(object):
    def __init__(self, workdir):
        self.workdir = os.path.realpath(workdir)

    def _inside(self, path):
        if isinstance(path, int):
            return True  # an already open descriptor: its opening was checked
        try:
            full = os.path.realpath(os.fsdecode(path))
        except Exception:
            return False
        return full == os.devnull or full == self.workdir or full.startswith(self.workdir + os.sep)

    def hook(self, event, args):
        if event in _PROCESS_EVENTS:
            raise PermissionError("Tracelens sandbox: process creation is not allowed (%s)" % event)
        if event in _NETWORK_EVENTS:
            raise PermissionError("Tracelens sandbox: network access is not allowed (%s)" % event)
        if event in _OTHER_EVENTS:
            raise PermissionError("Tracelens sandbox: %s is not allowed (%s)" % (_OTHER_EVENTS[event], event))
        if event == "open":
            path, mode, flags = (tuple(args) + (None, None, None))[:3]
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            if writes and not self._inside(path):
                raise PermissionError("Tracelens sandbox: writing outside the working folder is not allowed (%s)" % (path,))
        elif event in _PATH_EVENTS and args:
            targets = args[:2] if event in ("os.rename", "os.link", "os.symlink") else args[:1]
            for target in targets:
                if not self._inside(target):
                    raise PermissionError("Tracelens sandbox: changing files outside the working folder is not allowed (%s)" % event)

    def install(self):
        sys.addaudithook(self.hook)


def apply_limits(memory_mb, cpu_seconds, file_mb=16):
    """Best effort: each limit that the platform refuses is skipped."""
    try:
        import resource
    except ImportError:  # not on POSIX
        return
    import signal

    def lower(name, soft, hard=None):
        which = getattr(resource, name, None)
        if which is None:
            return
        try:
            _, current_hard = resource.getrlimit(which)
            hard = soft if hard is None else hard
            if current_hard != resource.RLIM_INFINITY:
                soft, hard = min(soft, current_hard), min(hard, current_hard)
            resource.setrlimit(which, (soft, hard))
        except (ValueError, OSError):
            pass

    if memory_mb:
        lower("RLIMIT_AS", int(memory_mb) * MB)
    if cpu_seconds:
        # Soft limit sends SIGXCPU (handled by the tracer as a timeout); the hard limit kills.
        lower("RLIMIT_CPU", int(cpu_seconds), int(cpu_seconds) + 1)
    lower("RLIMIT_FSIZE", int(file_mb) * MB)
    lower("RLIMIT_CORE", 0)
    lower("RLIMIT_NPROC", 0)
    if hasattr(signal, "SIGXFSZ"):
        # A too-large file then fails with an OSError instead of killing the tracer.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def isolate_stdio():
    """Move the real stdout to a private descriptor for the JSON result and point
    fds 0 and 1 at /dev/null, so that os.write(1, ...) by the program is harmless.
    Returns the private descriptor."""
    result_fd = os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)
    return result_fd


def write_all(fd, data):
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
