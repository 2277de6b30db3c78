using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using SegmentationKit.Notebooks.Engine;

namespace SegmentationKit.Notebooks.Protocol;

/// <summary>The engine's side of <c>segkit kernel serve</c>: one JSON object per line in, one per
/// line out. The Jupyter wrapper (and tests) speak it.
/// <para>Requests: <c>{"type":"execute","id":1,"code":"…"}</c>, <c>{"type":"interrupt"}</c>,
/// <c>{"type":"restart","id":2}</c>, <c>{"type":"shutdown"}</c>.</para>
/// <para>Replies: <c>{"type":"ready","protocol":1}</c> once at start; for an execute, zero or more
/// <c>{"type":"output","id":1,"output":{nbformat output}}</c> as they happen, then
/// <c>{"type":"done","id":1,"status":"ok"|"error","execution_count":n}</c> (with <c>"error"</c>:
/// cell, line, ename, evalue, traceback); <c>{"type":"restarted","id":2}</c>; <c>{"type":"protocol_error",
/// "message":"…"}</c> for a line that is not a request.</para></summary>
public sealed class KernelServer
{
    public const int ProtocolVersion = 1;

    private readonly TextReader _input;
    private readonly TextWriter _output;
    private readonly NotebookEngine _engine;
    private readonly object _writeGate = new();

    /// <param name="output">Where replies go: the process's real stdout, not <see cref="Console.Out"/>,
    /// which the engine redirects to capture what cells print.</param>
    public KernelServer(TextReader input, TextWriter output, NotebookEngine engine)
    {
        _input = input;
        _output = output;
        _engine = engine;
    }

    /// <summary>Serves until "shutdown" or the end of the input.</summary>
    public async Task RunAsync()
    {
        var queue = Channel.CreateUnbounded<JsonObject>(new UnboundedChannelOptions { SingleReader = true });
        Send(new JsonObject { ["type"] = "ready", ["protocol"] = ProtocolVersion });
        // Reading runs apart from executing, so an interrupt arrives while a cell is busy.
        var reader = Task.Run(async () =>
        {
            while (await _input.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (line.Trim().Length == 0) continue;
                JsonObject? request;
                try
                {
                    request = JsonNode.Parse(line) as JsonObject;
                }
                catch (JsonException e)
                {
                    Send(ProtocolError($"not JSON: {e.Message}"));
                    continue;
                }
                var type = request?["type"]?.GetValueKind() == JsonValueKind.String ? (string?)request["type"] : null;
                switch (type)
                {
                    case "interrupt":
                        _engine.Interrupt();
                        break;
                    case "shutdown":
                        _engine.Interrupt();
                        queue.Writer.TryComplete();
                        return;
                    case "execute" or "restart":
                        await queue.Writer.WriteAsync(request!).ConfigureAwait(false);
                        break;
                    default:
                        Send(ProtocolError($"unknown request type '{type ?? "(none)"}'; expected execute, interrupt, restart or shutdown"));
                        break;
                }
            }
            queue.Writer.TryComplete();
        });

        await foreach (var request in queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var id = request["id"]?.DeepClone();
            if ((string?)request["type"] == "restart")
            {
                _engine.Restart();
                Send(new JsonObject { ["type"] = "restarted", ["id"] = id });
                continue;
            }
            if (request["code"]?.GetValueKind() != JsonValueKind.String)
            {
                Send(ProtocolError("an execute request needs a string \"code\""));
                continue;
            }
            var code = (string)request["code"]!;
            var result = await _engine.ExecuteAsync(code, o => Send(new JsonObject
            {
                ["type"] = "output",
                ["id"] = id?.DeepClone(),
                ["output"] = o.ToJson(),
            })).ConfigureAwait(false);
            var done = new JsonObject
            {
                ["type"] = "done",
                ["id"] = id?.DeepClone(),
                ["status"] = result.Succeeded ? "ok" : "error",
                ["execution_count"] = result.ExecutionCount,
            };
            if (result.Error is { } error)
            {
                done["error"] = new JsonObject
                {
                    ["cell"] = error.Cell,
                    ["line"] = error.Line,
                    ["ename"] = error.ErrorName,
                    ["evalue"] = error.Message,
                    ["traceback"] = new JsonArray(error.Traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
                };
            }
            Send(done);
        }
        await reader.ConfigureAwait(false);
    }

    private static JsonObject ProtocolError(string message) => new() { ["type"] = "protocol_error", ["message"] = message };

    private void Send(JsonObject message)
    {
        // One line per message: JSON escapes the newlines inside strings.
        var line = message.ToJsonString();
        lock (_writeGate)
        {
            _output.Write(line);
            _output.Write('\n');
            _output.Flush();
        }
    }
}
