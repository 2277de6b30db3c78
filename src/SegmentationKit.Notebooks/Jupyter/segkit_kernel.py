"""Jupyter kernel "C# (SegmentationKit)": a thin ipykernel wrapper around the kit's C# engine.

The engine runs as a child process (`segkit kernel serve`) speaking one JSON object per line on
stdin/stdout (see KernelServer.cs). This wrapper forwards execute requests to it and turns its
outputs (nbformat output objects) into the iopub messages of the same name. Installed by
`segkit kernel install`, which writes SEGKIT_ENGINE_COMMAND into kernel.json.
"""
import json
import os
import subprocess
import threading

from ipykernel.kernelbase import Kernel

# Seconds an interrupted cell gets to stop by itself before the engine is restarted.
INTERRUPT_GRACE_SECONDS = 5.0


def iopub_message(output, execution_count):
    """(msg_type, content) of the iopub message for one nbformat output object."""
    kind = output.get("output_type")
    if kind == "stream":
        return "stream", {"name": output["name"], "text": output["text"]}
    if kind == "display_data":
        return "display_data", {"data": output["data"], "metadata": output.get("metadata", {}), "transient": {}}
    if kind == "execute_result":
        return "execute_result", {"execution_count": execution_count, "data": output["data"],
                                  "metadata": output.get("metadata", {})}
    if kind == "error":
        return "error", {"ename": output["ename"], "evalue": output["evalue"], "traceback": output["traceback"]}
    raise ValueError("unknown output_type %r" % (kind,))


class SegkitKernel(Kernel):
    implementation = "segkit-csharp"
    implementation_version = "0.1.0"
    language = "csharp"
    language_version = "13"
    language_info = {
        "name": "csharp",
        "version": "13",
        "mimetype": "text/x-csharp",
        "file_extension": ".cs",
        "pygments_lexer": "csharp",
        "codemirror_mode": "text/x-csharp",
    }
    banner = "C# (SegmentationKit): Roslyn scripting with the kit referenced; display(x) shows a value"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._engine = None
        self._ready = False
        self._next_id = 0
        self._start_engine()

    # --- the child process -------------------------------------------------------------------
    def _start_engine(self):
        command = json.loads(os.environ["SEGKIT_ENGINE_COMMAND"])
        # A session of its own: Jupyter's SIGINT goes to this wrapper's process group, and the
        # wrapper decides how the engine is interrupted.
        self._engine = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=None,
            text=True, encoding="utf-8", bufsize=1, start_new_session=True)
        self._ready = False

    def _stop_engine(self):
        engine, self._engine = self._engine, None
        if engine is None:
            return
        try:
            engine.stdin.write(json.dumps({"type": "shutdown"}) + "\n")
            engine.stdin.flush()
            engine.wait(timeout=3)
        except Exception:
            engine.kill()
            engine.wait()

    def _send(self, message):
        self._engine.stdin.write(json.dumps(message) + "\n")
        self._engine.stdin.flush()

    def _read(self):
        line = self._engine.stdout.readline()
        return json.loads(line) if line else None

    def _ensure_ready(self):
        if self._engine is None or self._engine.poll() is not None:
            self._start_engine()
        while not self._ready:
            message = self._read()
            if message is None:
                raise RuntimeError("the C# engine exited while starting (command: %s)" % os.environ["SEGKIT_ENGINE_COMMAND"])
            self._ready = message.get("type") == "ready"

    # --- Jupyter requests --------------------------------------------------------------------
    def do_execute(self, code, silent, store_history=True, user_expressions=None, allow_stdin=False, **kwargs):
        try:
            self._ensure_ready()
        except Exception as e:  # noqa: BLE001 - reported to the user as the cell's error
            return self._error_reply(silent, "EngineStartError", str(e))
        self._next_id += 1
        request_id = self._next_id
        self._send({"type": "execute", "id": request_id, "code": code})
        watchdog = None
        while True:
            try:
                message = self._read()
            except KeyboardInterrupt:
                self._send({"type": "interrupt"})
                if watchdog is None:
                    watchdog = threading.Timer(INTERRUPT_GRACE_SECONDS, self._engine.kill)
                    watchdog.start()
                continue
            if message is None:
                if watchdog is not None:
                    watchdog.cancel()
                self._engine = None
                reason = ("the cell did not stop within %g s of the interrupt; the engine was restarted "
                          "and every variable is lost" % INTERRUPT_GRACE_SECONDS) if watchdog is not None \
                    else "the C# engine exited; it restarts with the next cell and every variable is lost"
                return self._error_reply(silent, "EngineRestarted" if watchdog else "EngineExited", reason)
            if message.get("id") != request_id:
                continue
            if message["type"] == "output":
                if not silent:
                    msg_type, content = iopub_message(message["output"], self.execution_count)
                    self.send_response(self.iopub_socket, msg_type, content)
            elif message["type"] == "done":
                if watchdog is not None:
                    watchdog.cancel()
                if message["status"] == "ok":
                    return {"status": "ok", "execution_count": self.execution_count, "payload": [], "user_expressions": {}}
                error = message.get("error", {})
                return {"status": "error", "execution_count": self.execution_count, "ename": error.get("ename", "Error"),
                        "evalue": error.get("evalue", ""), "traceback": error.get("traceback", [])}

    def _error_reply(self, silent, ename, evalue):
        content = {"ename": ename, "evalue": evalue, "traceback": ["%s: %s" % (ename, evalue)]}
        if not silent:
            self.send_response(self.iopub_socket, "error", content)
        return dict(content, status="error", execution_count=self.execution_count)

    def do_shutdown(self, restart):
        self._stop_engine()
        if restart:
            self._start_engine()
        return {"status": "ok", "restart": restart}


if __name__ == "__main__":
    from ipykernel.kernelapp import IPKernelApp

    IPKernelApp.launch_instance(kernel_class=SegkitKernel)
