/// The Python of the print server (`PrintServer`): it imports WeasyPrint once, listens on a Unix
/// socket and gives every connection a process of its own, forked from itself with WeasyPrint
/// already imported, which prints that connection's jobs as a build's worker would
/// (`PrintWorkerScript.jobs`). It outlives the build that started it and ends by itself after
/// `idle` seconds without a connection, or within a second of its socket being removed (the
/// cache folder deleted).
///
/// Started as `python3 -c SOURCE OPTIONS SOCKET LOCK IDLE IDENTITY`; its standard output is a
/// pipe to the build that started it, which gets one line (the greeting, or `{"busy": true}` when
/// another server holds the lock) and then the pipe's end.
enum PrintServerScript {
    static let source = #"""
# Spiegel's print server: imports WeasyPrint once, then prints for every build that connects.
import fcntl, json, os, signal, socket, sys, time

socket_path, lock_path, idle, identity = sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5]

# Not the child of the build, and a session of its own: the build's process does not wait for
# it, and a Ctrl-C in the build's terminal does not end it. Forked first: the process the build
# started may lead a process group, which cannot start a session.
if os.fork():
    os._exit(0)
os.setsid()
# The build's thread that started Python blocks most signals, and a started process inherits
# that: unblocked, so that SIGTERM (a build stopping a server it cannot trust) ends it.
signal.pthread_sigmask(signal.SIG_SETMASK, set())
ready = os.fdopen(os.dup(1), "w")
null = os.open(os.devnull, os.O_RDWR)
for fd in (0, 1, 2):
    os.dup2(null, fd)
# Whatever else the build had open (another program's pipe) must not stay open here: a reader
# of that pipe would wait for its end as long as the server lives.
for name in os.listdir("/proc/self/fd"):
    if int(name) > 2 and int(name) != ready.fileno():
        try:
            os.close(int(name))
        except OSError:
            pass


def tell(message):
    # The build that started the server may be gone by now; nobody else reads this.
    try:
        ready.write(json.dumps(message) + "\n")
        ready.close()
    except OSError:
        pass


# One server per folder: a second one (two builds starting at once) waits briefly for a server
# being stopped, then leaves the field to the other.
lock = open(lock_path, "a")
deadline = time.monotonic() + 2
while True:
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        break
    except OSError:
        if time.monotonic() > deadline:
            tell({"busy": True})
            sys.exit(0)
        time.sleep(0.05)

"""# + PrintWorkerScript.jobs + #"""

try:  # imported once here rather than in every connection's process
    import pikepdf
    pikepdf_version = pikepdf.__version__
except ImportError:
    pikepdf_version = None


def installed():
    # The WeasyPrint on disk now: when it was upgraded since this server imported it, the build
    # stops the server and starts a fresh one.
    try:
        from importlib.metadata import version
        return version("weasyprint")
    except Exception:
        return None


try:
    os.unlink(socket_path)  # left by a server that did not end cleanly: it holds no lock
except FileNotFoundError:
    pass
listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
listener.bind(socket_path)
listener.listen(16)
mine = os.stat(socket_path).st_ino
greeting = {"version": weasyprint.__version__, "pikepdf": pikepdf_version, "python": sys.executable,
            "identity": identity, "server": os.getpid()}
tell(greeting)
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))


def serve(connection):
    stream = connection.makefile("rwb")

    def reply(message):
        stream.write((json.dumps(message) + "\n").encode())
        stream.flush()

    reply(dict(greeting, installed=installed(), worker=os.getpid()))
    for line in stream:
        reply(run(line))


children, last = set(), time.monotonic()
try:
    while True:
        for child in list(children):
            if os.waitpid(child, os.WNOHANG)[0]:
                children.discard(child)
        if children:
            last = time.monotonic()
        elif time.monotonic() - last >= idle:
            break
        try:  # the cache folder deleted, or the socket taken over: nobody can reach this server
            if os.stat(socket_path).st_ino != mine:
                break
        except OSError:
            break
        listener.settimeout(max(0.01, min(1.0, idle - (time.monotonic() - last))))
        try:
            connection, _ = listener.accept()
        except socket.timeout:
            continue
        last = time.monotonic()
        child = os.fork()
        if child == 0:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            listener.close()
            lock.close()
            try:
                serve(connection)
            finally:
                os._exit(0)
        connection.close()
        children.add(child)
finally:
    listener.close()
    try:  # the socket is this server's still, not a newer server's
        if os.stat(socket_path).st_ino == mine:
            os.unlink(socket_path)
    except OSError:
        pass
"""#
}
