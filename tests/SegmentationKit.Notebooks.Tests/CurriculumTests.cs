using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SegmentationKit.Notebooks.Runner;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Notebooks.Tests;

/// <summary>The teaching notebooks (notebooks/*.ipynb) and their solutions (notebooks/solutions/):
/// enough prose, at least two exercises each with its check, and solutions whose checks all pass.</summary>
public sealed class CurriculumTests
{
    private const string ExerciseTag = "exercise";
    private const string CheckTag = "check";

    private static string[] NotebookNames() =>
        Directory.GetFiles(RepoPaths.Combine("notebooks"), "*.ipynb").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Notebooks() => new(NotebookNames());

    [Fact]
    public void The_path_has_thirteen_notebooks_each_with_its_solution()
    {
        var names = NotebookNames();
        names.Should().HaveCountGreaterThanOrEqualTo(13);
        names.Should().OnlyContain(n => File.Exists(RepoPaths.Combine("notebooks", "solutions", n)), "every notebook has its solution under the same name");
        Directory.GetFiles(RepoPaths.Combine("notebooks", "solutions"), "*.ipynb").Select(Path.GetFileName)
            .Should().BeEquivalentTo(names, "every solution belongs to a notebook");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void A_notebook_teaches_in_400_words_and_has_two_exercises_each_followed_by_its_check(string name)
    {
        var cells = Cells(RepoPaths.Combine("notebooks", name));
        var words = cells.Where(c => (string?)c["cell_type"] == "markdown").Sum(c => Regex.Matches(NotebookDocument.Source(c), @"\S+").Count);
        words.Should().BeGreaterThanOrEqualTo(400, $"{name} teaches in prose");

        var exercises = Enumerable.Range(0, cells.Length).Where(i => HasTag(cells[i], ExerciseTag)).ToArray();
        exercises.Should().HaveCountGreaterThanOrEqualTo(2, $"{name} has at least two exercises");
        foreach (var i in exercises)
        {
            (i + 1 < cells.Length && HasTag(cells[i + 1], CheckTag)).Should().BeTrue($"{name}: the exercise in cell {i + 1} is followed by its check");
            ((string?)cells[i]["cell_type"], (string?)cells[i + 1]["cell_type"]).Should().Be(("code", "code"), $"{name}: exercise and check are code cells");
        }
        cells.Count(c => HasTag(c, CheckTag)).Should().Be(exercises.Length, $"{name}: every check follows an exercise");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void A_solution_is_its_notebook_with_only_the_exercise_cells_changed(string name)
    {
        var notebook = Cells(RepoPaths.Combine("notebooks", name));
        var solution = Cells(RepoPaths.Combine("notebooks", "solutions", name));
        solution.Should().HaveCount(notebook.Length, name);
        for (var i = 0; i < notebook.Length; i++)
        {
            HasTag(solution[i], ExerciseTag).Should().Be(HasTag(notebook[i], ExerciseTag), $"{name}, cell {i + 1}");
            if (HasTag(notebook[i], ExerciseTag)) continue;
            // The solution sits one folder deeper: its data paths say ../../data-samples.
            NotebookDocument.Source(solution[i]).Replace("\"../../data-samples/", "\"../data-samples/", StringComparison.Ordinal)
                .Should().Be(NotebookDocument.Source(notebook[i]), $"{name}, cell {i + 1} is the same in the solution");
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void A_stored_notebook_shows_each_check_saying_not_yet(string name)
    {
        // The stored notebook is what the learner sees: placeholders in, so every check prints ✘ and a hint.
        foreach (var check in Cells(RepoPaths.Combine("notebooks", name)).Where(c => HasTag(c, CheckTag)))
            CheckLine(check).Should().StartWith("✘ ", $"{name}: a check on the unsolved exercise says what to do");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_check_of_a_solution_prints_a_tick_when_run(string name)
    {
        var result = NotebookRunner.Run(RepoPaths.Combine("notebooks", "solutions", name));
        var checks = result.Notebook.Cells.Select(c => c!.AsObject()).Where(c => HasTag(c, CheckTag)).ToArray();
        checks.Should().HaveCountGreaterThanOrEqualTo(2);
        foreach (var check in checks)
            CheckLine(check).Should().StartWith("✔ ", $"{name}: the solution passes the check\n{NotebookDocument.Source(check)}");
    }

    private static JsonObject[] Cells(string path) =>
        JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray().Select(c => c!.AsObject()).ToArray();

    private static bool HasTag(JsonObject cell, string tag) =>
        cell["metadata"]?["tags"] is JsonArray tags && tags.Any(t => (string?)t == tag);

    /// <summary>The one line a check prints (its stdout stream).</summary>
    private static string CheckLine(JsonObject cell)
    {
        var text = string.Concat((cell["outputs"] as JsonArray ?? []).Where(o => (string?)o!["output_type"] == "stream")
            .Select(o => o!["text"] switch { JsonArray a => string.Concat(a.Select(l => (string?)l)), var v => (string?)v ?? "" }));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(1, $"a check prints exactly one line, got: {text}");
        return lines[0];
    }
}
