using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using SegmentationKit.Notebooks.Runner;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Notebooks.Tests;

/// <summary>Property-based fuzzing (CsCheck) of the notebook reader: notebooks built like the ones
/// Jupyter saves (nbformat 4.0–4.5, ids, attachments, tags, outputs), encoded and mutated; each must
/// load — and then give every cell's source and save back to JSON that loads again — or be a kit
/// exception. Budget and how to run longer: <see cref="Fuzz"/>.</summary>
[Trait("Category", "Fuzz")]
public class NotebookFuzzTests
{
    private static readonly Gen<JsonNode?> Leaf = Gen.OneOf<JsonNode?>(
        Gen.Const((JsonNode?)null), Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)), Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.OneOf("", "x", "parameters", "Servicés", "var k = 2;\n", "\u0000", "image/png", "iVBORw0KGgo=").Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode?)JsonValue.Create(d) : null));

    private static readonly Gen<JsonNode?> Source = Gen.OneOf<JsonNode?>(
        Gen.String.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.String.Array[0, 4].Select(lines => (JsonNode?)new JsonArray(lines.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray())),
        Leaf);

    private static readonly Gen<JsonNode?> Cell =
        Gen.Select(Gen.OneOf("code", "markdown", "raw", "heading", ""), Source, Gen.Bool, Gen.Bool, Gen.Int[0, 6], Leaf, (type, source, tags, attachments, shape, odd) =>
        {
            var cell = new JsonObject
            {
                ["cell_type"] = type,
                ["id"] = shape == 1 ? odd : $"cell-{shape}",
                ["metadata"] = shape == 2 ? new JsonArray() : new JsonObject { ["tags"] = tags ? new JsonArray("parameters") : shape == 3 ? odd : new JsonArray() },
                ["source"] = source,
            };
            if (type == "code")
            {
                cell["execution_count"] = shape == 4 ? odd : null;
                cell["outputs"] = shape == 5 ? odd : new JsonArray(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "x\n" });
            }
            if (attachments) cell["attachments"] = shape == 6 ? odd : new JsonObject { ["a.png"] = new JsonObject { ["image/png"] = "iVBORw0KGgo=" } };
            return (JsonNode?)cell;
        });

    private static readonly Gen<string> NotebookText =
        Gen.Select(Cell.Array[0, 6], Gen.Int[3, 5], Gen.Int[0, 5], Gen.Bool, (cells, major, minor, indent) => new JsonObject
        {
            ["cells"] = new JsonArray(cells.Select(c => c?.DeepClone()).ToArray()),
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = "segkit-csharp" } },
            ["nbformat"] = major == 5 ? 4.0 : major,
            ["nbformat_minor"] = minor,
        }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = indent }));

    [Fact]
    public void The_notebook_reader_loads_or_explains_every_input()
    {
        Fuzz.Run(Fuzz.Mutated(NotebookText), bytes =>
        {
            var path = Fuzz.TempFile("nb.ipynb");
            File.WriteAllBytes(path, bytes);
            Fuzz.ExpectKitOutcome(() =>
            {
                var doc = NotebookDocument.Load(path);
                foreach (var cell in doc.Cells) NotebookDocument.Source(cell!);
                var again = NotebookDocument.Parse(doc.ToJsonText(), path);
                again.Cells.Count.Should().Be(doc.Cells.Count);
            }, () => Fuzz.Show(bytes));
        }, ciIterations: 3000, print: Fuzz.Show);
    }

    [Theory]
    [InlineData("{\"cells\":[{\"cell_type\":\"code\",\"source\":[1]}],\"nbformat\":4}")]
    [InlineData("{\"cells\":[{\"cell_type\":\"code\",\"metadata\":{\"tags\":[2]}}],\"nbformat\":4}")]
    [InlineData("{\"cells\":[],\"nbformat\":4,\"nbformat\":4}")]
    [InlineData("{\"cells\":[],\"nbformat\":4.5}")]
    public void Notebook_reader_regressions(string text) =>
        Fuzz.ExpectKitOutcome(() => NotebookDocument.Parse(text, "nb.ipynb"), () => text);
}
