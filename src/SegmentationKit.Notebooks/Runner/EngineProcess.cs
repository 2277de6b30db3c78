using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using SegmentationKit.Notebooks.Engine;

namespace SegmentationKit.Notebooks.Runner;

/// <summary>The engine in a child process (<c>segkit kernel serve</c>, the protocol of
/// <see cref="Protocol.KernelServer"/>), so a cell that never ends can be stopped and a cell that
/// ends the process (<c>Environment.Exit</c>, a stack overflow, a fatal runtime error) fails that
/// cell instead of the caller.</summary>
internal sealed class EngineProcess : IDisposable
{
    /// <summary>How long an interrupted cell gets to stop before the process is killed.</summary>
    public static readonly TimeSpan InterruptGrace = TimeSpan.FromSeconds(0.5);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private const int StderrKept = 4000;

    private readonly Process _process;
    private readonly Channel<JsonObject?> _messages = Channel.CreateUnbounded<JsonObject?>();
    private readonly StringBuilder _stderr = new();
    private readonly Task _stderrPump;
    private readonly string _commandText;
    private int _nextId;
    private int _executionCount;

    public EngineProcess(IReadOnlyList<string> command, string workingDirectory)
    {
        if (command.Count == 0) throw new ArgumentException("the engine command is empty", nameof(command));
        _commandText = string.Join(" ", command);
        var psi = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = new UTF8Encoding(false), StandardErrorEncoding = new UTF8Encoding(false), StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var a in command.Skip(1)) psi.ArgumentList.Add(a);
        _process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start the engine: {_commandText}");
        _ = Task.Run(PumpStdoutAsync);
        _stderrPump = Task.Run(PumpStderrAsync);
        var ready = Next(StartTimeout);
        if (ready is null || (string?)ready["type"] != "ready")
            throw new InvalidOperationException($"the engine did not start ({_commandText}): {StderrText()}");
    }

    /// <summary>Runs one cell; past <paramref name="timeout"/> the cell is interrupted, then the process
    /// killed, and the result is a "Timeout" error. After a timeout or an engine exit this object is
    /// unusable (the session is gone).</summary>
    public CellResult Execute(string code, TimeSpan? timeout)
    {
        var id = ++_nextId;
        var count = ++_executionCount;
        var outputs = new List<CellOutput>();
        Send(new JsonObject { ["type"] = "execute", ["id"] = id, ["code"] = code });
        var deadline = timeout is { } t ? Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        while (true)
        {
            var left = deadline == long.MaxValue ? Timeout.InfiniteTimeSpan : Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (deadline != long.MaxValue && left <= TimeSpan.Zero) return TimedOut(count, outputs, timeout!.Value);
            JsonObject? message;
            try
            {
                message = Next(left);
            }
            catch (TimeoutException)
            {
                return TimedOut(count, outputs, timeout!.Value);
            }
            if (message is null) return Exited(count, outputs);
            if (message["id"]?.GetValueKind() != JsonValueKind.Number || (int)message["id"]! != id) continue;
            switch ((string?)message["type"])
            {
                case "output":
                    outputs.Add(CellOutput.FromJson(message["output"]!.AsObject()));
                    break;
                case "done":
                    _executionCount = (int?)message["execution_count"] ?? count;
                    return new CellResult(_executionCount, outputs, message["error"] is JsonObject e ? ErrorFrom(e, _executionCount) : null);
            }
        }
    }

    private CellResult TimedOut(int count, List<CellOutput> outputs, TimeSpan timeout)
    {
        // A cell that checks its CancellationToken or prints stops on the interrupt; a tight loop
        // only stops with the process.
        Send(new JsonObject { ["type"] = "interrupt" });
        try
        {
            var until = Stopwatch.GetTimestamp() + (long)(InterruptGrace.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), until) is { } left && left > TimeSpan.Zero)
            {
                var message = Next(left);
                if (message is null || (string?)message["type"] == "done") break;
                if ((string?)message["type"] == "output") outputs.Add(CellOutput.FromJson(message["output"]!.AsObject()));
            }
        }
        catch (TimeoutException)
        {
            // Still running: killed below.
        }
        Kill();
        var seconds = timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        var message2 = $"the cell was still running after {seconds} s (the timeout) and was stopped; raise --timeout if it needs longer";
        var error = new CellError(count, null, "Timeout", message2, [$"Timeout: {message2}"]);
        outputs.Add(CellOutput.Error(error));
        return new CellResult(count, outputs, error);
    }

    private CellResult Exited(int count, List<CellOutput> outputs)
    {
        _process.WaitForExit(10_000);
        _stderrPump.Wait(TimeSpan.FromSeconds(5));
        var code = _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "unknown";
        var said = StderrText();
        var message = $"the cell ended the engine process (exit code {code}: Environment.Exit, a stack overflow or another fatal error)"
                      + (said.Length > 0 ? $"; it said: {said}" : "");
        var traceback = new List<string> { $"EngineExited: {message}" };
        var error = new CellError(count, null, "EngineExited", message, traceback);
        outputs.Add(CellOutput.Error(error));
        return new CellResult(count, outputs, error);
    }

    private static CellError ErrorFrom(JsonObject e, int count) => new(
        (int?)e["cell"] ?? count,
        (int?)e["line"],
        (string?)e["ename"] ?? "Error",
        (string?)e["evalue"] ?? "",
        e["traceback"] is JsonArray lines ? lines.Select(l => (string?)l ?? "").ToArray() : []);

    private JsonObject? Next(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource();
        if (timeout != Timeout.InfiniteTimeSpan) cts.CancelAfter(timeout);
        try
        {
            return _messages.Reader.ReadAsync(cts.Token).AsTask().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException();
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    private async Task PumpStdoutAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (line.Trim().Length == 0) continue;
                JsonObject? message;
                try
                {
                    message = JsonNode.Parse(line) as JsonObject;
                }
                catch (JsonException)
                {
                    continue; // Not the protocol: something wrote to the real stdout. Ignored.
                }
                if (message is not null) await _messages.Writer.WriteAsync(message).ConfigureAwait(false);
            }
        }
        finally
        {
            _messages.Writer.TryComplete();
        }
    }

    private async Task PumpStderrAsync()
    {
        var buffer = new char[4096];
        int n;
        while ((n = await _process.StandardError.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            lock (_stderr)
            {
                // The start tells what happened ("Stack overflow.", "Unhandled exception."); a stack
                // overflow's repeated frames follow and are cut.
                if (_stderr.Length < StderrKept) _stderr.Append(buffer, 0, Math.Min(n, StderrKept - _stderr.Length));
            }
        }
    }

    private string StderrText()
    {
        lock (_stderr)
        {
            // What the runtime says, without the stack frames that follow it.
            var lines = _stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .TakeWhile(l => !l.StartsWith("at ", StringComparison.Ordinal) && !l.StartsWith("Repeated ", StringComparison.Ordinal) && !l.StartsWith("---", StringComparison.Ordinal));
            return string.Join(" | ", lines.Take(3));
        }
    }

    private void Send(JsonObject message)
    {
        try
        {
            _process.StandardInput.Write(message.ToJsonString() + "\n");
            _process.StandardInput.Flush();
        }
        catch (IOException)
        {
            // The process has gone; reading its end of the stream reports it.
        }
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Send(new JsonObject { ["type"] = "shutdown" });
            try
            {
                _process.StandardInput.Close();
            }
            catch (IOException)
            {
                // Gone meanwhile.
            }
            if (!_process.WaitForExit(5_000)) Kill();
        }
        _process.Dispose();
    }
}
