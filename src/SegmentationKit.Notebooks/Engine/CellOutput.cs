using System.Text.Json.Nodes;

namespace SegmentationKit.Notebooks.Engine;

/// <summary>One output of a cell, shaped exactly like an nbformat 4 output object (stream,
/// display_data, execute_result or error), so the runner stores it as is and the Jupyter wrapper
/// forwards it as the iopub message of the same name.</summary>
public sealed class CellOutput
{
    private CellOutput(JsonObject json) => Json = json;

    /// <summary>The nbformat output object.</summary>
    public JsonObject Json { get; }

    /// <summary>"stream", "display_data", "execute_result" or "error".</summary>
    public string OutputType => (string)Json["output_type"]!;

    /// <summary>An output read back from the engine protocol (already an nbformat output object).</summary>
    internal static CellOutput FromJson(JsonObject json) => new((JsonObject)json.DeepClone());

    public static CellOutput Stream(string name, string text) => new(new JsonObject
    {
        ["output_type"] = "stream",
        ["name"] = name,
        ["text"] = text,
    });

    public static CellOutput Display(JsonObject data) => new(new JsonObject
    {
        ["output_type"] = "display_data",
        ["data"] = data,
        ["metadata"] = new JsonObject(),
    });

    public static CellOutput Result(int executionCount, JsonObject data) => new(new JsonObject
    {
        ["output_type"] = "execute_result",
        ["execution_count"] = executionCount,
        ["data"] = data,
        ["metadata"] = new JsonObject(),
    });

    public static CellOutput Error(CellError error) => new(new JsonObject
    {
        ["output_type"] = "error",
        ["ename"] = error.ErrorName,
        ["evalue"] = error.Message,
        ["traceback"] = new JsonArray(error.Traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
    });

    /// <summary>A deep copy of the output object, to embed in another JSON document.</summary>
    public JsonObject ToJson() => (JsonObject)Json.DeepClone();

    public override string ToString() => Json.ToJsonString();
}
