using System.Globalization;
using System.Text;
using System.Text.Json;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests.Commands;

/// <summary><c>segkit choose-k</c> on four well-separated groups written by the test.</summary>
public class ChooseKCommandTests
{
    /// <summary>Four groups of 50 rows around (0,0), (20,0), (0,20), (20,20), spread ±1, plus a text id column.</summary>
    private static string FourGroups()
    {
        var dir = RepoPaths.NewTempFolder("segkit-choosek");
        var random = new Random(5);
        var text = new StringBuilder("id,a,b\n");
        var id = 0;
        foreach (var (cx, cy) in new[] { (0, 0), (20, 0), (0, 20), (20, 20) })
            for (var i = 0; i < 50; i++)
                text.Append(CultureInfo.InvariantCulture, $"C{id++},{cx + 2 * random.NextDouble() - 1:R},{cy + 2 * random.NextDouble() - 1:R}\n");
        File.WriteAllText(Path.Combine(dir, "x.csv"), text.ToString());
        return dir;
    }

    [Fact]
    public void Choose_k_recommends_four_for_four_groups_and_writes_every_metric_per_k()
    {
        var dir = FourGroups();
        var r = CliRunner.Run(dir, "choose-k", "--data", "x.csv", "--exclude", "id", "--k-min", "2", "--k-max", "6", "--seed", "1", "--out", "run");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().Contain("k-means, k = 2–6, 200 rows × 2 columns, scaling: standard").And.Contain("Recommended k = 4.")
            .And.Contain("k = 4: highest silhouette");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "run", "choose-k.json")));
        var root = json.RootElement;
        root.GetProperty("recommended_k").GetInt32().Should().Be(4);
        root.GetProperty("table").EnumerateArray().Select(t => t.GetProperty("k").GetInt32()).Should().Equal(2, 3, 4, 5, 6);
        var four = root.GetProperty("table")[2];
        four.GetProperty("stability").GetDouble().Should().BeGreaterThan(0.99);
        four.GetProperty("smallest_cluster").GetInt32().Should().Be(50);
        root.GetProperty("table")[0].GetProperty("inertia_drop").ValueKind.Should().Be(JsonValueKind.Null, "the first k has no previous inertia");
        root.GetProperty("votes").GetProperty("silhouette").GetInt32().Should().Be(4);
        File.Exists(Path.Combine(dir, "run", "manifest.json")).Should().BeTrue();
    }

    [Fact]
    public void Json_on_stdout_is_the_file_and_two_runs_agree()
    {
        var dir = FourGroups();
        var first = CliRunner.Run(dir, "choose-k", "--data", "x.csv", "--exclude", "id", "--k-max", "5", "--json");
        var second = CliRunner.Run(dir, "choose-k", "--data", "x.csv", "--exclude", "id", "--k-max", "5", "--json");

        first.ExitCode.Should().Be(0, first.ToString());
        JsonDocument.Parse(first.Stdout).RootElement.GetProperty("recommended_k").GetInt32().Should().Be(4);
        second.Stdout.Should().Be(first.Stdout);
    }

    [Fact]
    public void A_k_min_below_two_exits_2_and_writes_nothing()
    {
        var dir = FourGroups();
        var r = CliRunner.Run(dir, "choose-k", "--data", "x.csv", "--exclude", "id", "--k-min", "1", "--out", "run");

        BadInputTests.ShouldFailWith(dir, r, "--k-min: must be at least 2 (the quality metrics compare clusters); got 1. Fix: start the sweep at 2 or more");
    }
}
