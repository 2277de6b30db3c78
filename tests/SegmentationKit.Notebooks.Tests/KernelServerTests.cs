using System.Text.Json.Nodes;
using SegmentationKit.Notebooks.Engine;
using SegmentationKit.Notebooks.Protocol;

namespace SegmentationKit.Notebooks.Tests;

public sealed class KernelServerTests
{
    private static async Task<JsonObject[]> Serve(params string[] requests)
    {
        var output = new StringWriter();
        await new KernelServer(new StringReader(string.Join("\n", requests) + "\n"), output, new NotebookEngine()).RunAsync();
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (JsonObject)JsonNode.Parse(l)!).ToArray();
    }

    [Fact]
    public async Task An_execute_request_streams_its_outputs_then_says_done_with_the_request_id()
    {
        var replies = await Serve(
            """{"type":"execute","id":7,"code":"Console.WriteLine(\"hi\");\n6 * 7"}""",
            """{"type":"shutdown"}""");

        replies.Select(r => (string)r["type"]!).Should().Equal("ready", "output", "output", "done");
        replies[1]["id"]!.GetValue<int>().Should().Be(7);
        replies[1]["output"]!["output_type"]!.GetValue<string>().Should().Be("stream");
        replies[1]["output"]!["text"]!.GetValue<string>().Should().Be("hi\n");
        replies[2]["output"]!["output_type"]!.GetValue<string>().Should().Be("execute_result");
        replies[2]["output"]!["data"]!["text/plain"]!.GetValue<string>().Should().Be("42");
        replies[3]["status"]!.GetValue<string>().Should().Be("ok");
        replies[3]["execution_count"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task A_failing_cell_is_done_with_status_error_and_its_cell_and_line()
    {
        var replies = await Serve(
            """{"type":"execute","id":1,"code":"var ok = 1;"}""",
            """{"type":"execute","id":2,"code":"ok +\n  nope"}""");

        var done = replies.Last();
        done["type"]!.GetValue<string>().Should().Be("done");
        done["id"]!.GetValue<int>().Should().Be(2);
        done["status"]!.GetValue<string>().Should().Be("error");
        done["error"]!["cell"]!.GetValue<int>().Should().Be(2);
        done["error"]!["line"]!.GetValue<int>().Should().Be(2);
        done["error"]!["ename"]!.GetValue<string>().Should().Be("CompilationError");
        done["error"]!["traceback"]!.AsArray().Select(t => t!.GetValue<string>()).Should().ContainSingle()
            .Which.Should().StartWith("line 2: CS0103: The name 'nope' does not exist");
        replies[^2]["output"]!["output_type"]!.GetValue<string>().Should().Be("error");
    }

    [Fact]
    public async Task Restart_is_acknowledged_and_forgets_the_state()
    {
        var replies = await Serve(
            """{"type":"execute","id":1,"code":"var x = 1;"}""",
            """{"type":"restart","id":2}""",
            """{"type":"execute","id":3,"code":"2 + 2"}""");

        replies.Should().Contain(r => (string)r["type"]! == "restarted" && r["id"]!.GetValue<int>() == 2);
        replies.Last()["execution_count"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task A_line_that_is_not_a_request_gets_a_protocol_error_and_serving_goes_on()
    {
        var replies = await Serve("not json", """{"type":"dance"}""", """{"type":"execute","id":1,"code":"1"}""");

        replies[1]["type"]!.GetValue<string>().Should().Be("protocol_error");
        replies[2]["message"]!.GetValue<string>().Should().Contain("unknown request type 'dance'");
        replies.Last()["status"]!.GetValue<string>().Should().Be("ok");
    }
}
