using System.Text.Json.Nodes;
using SegmentationKit.Cli.Commands;
using SegmentationKit.Data;
using SegmentationKit.Segmenters.Rfm;
using SegmentationKit.TestSupport;
using SegmentationKit.Tracking;

namespace SegmentationKit.Cli.Tests.Tracking;

/// <summary><c>segkit track</c> and point-in-time <c>segment --as-of</c> on data-samples/ at three
/// quarter-ends: every snapshot is exactly the segment run on the data cut to its date.</summary>
public class TrackCommandTests
{
    private static readonly DateOnly[] QuarterEnds = [new(2025, 12, 31), new(2026, 3, 31), new(2026, 6, 30)];
    private static readonly string Customers = RepoPaths.Combine("data-samples", "customers.csv");
    private static readonly string Transactions = RepoPaths.Combine("data-samples", "transactions.csv");

    private static readonly Lazy<string> RefitRun = new(() => Track(frozen: false));

    private static string Track(bool frozen)
    {
        var dir = RepoPaths.NewTempFolder("segkit-track");
        var r = CliRunner.Run(dir, ["track", "--method", "rfm", "--customers", Customers, "--transactions", Transactions,
            .. QuarterEnds.SelectMany(d => new[] { "--as-of", d.ToString("yyyy-MM-dd") }), .. frozen ? new[] { "--frozen" } : [], "--out", "trk"]);
        r.ExitCode.Should().Be(0, r.ToString());
        return Path.Combine(dir, "trk");
    }

    [Fact]
    public void Each_snapshot_equals_segment_on_the_data_cut_to_its_date_and_segment_as_of_on_the_full_files()
    {
        var track = RefitRun.Value;
        foreach (var date in QuarterEnds)
        {
            var d = date.ToString("yyyy-MM-dd");
            var dir = RepoPaths.NewTempFolder("segkit-track-cut");
            SampleTruncation.Write(Customers, Transactions, date, Path.Combine(dir, "c.csv"), Path.Combine(dir, "t.csv"));
            var cut = CliRunner.Run(dir, "segment", "--method", "rfm", "--customers", "c.csv", "--transactions", "t.csv", "--as-of", d, "--out", "cut");
            cut.ExitCode.Should().Be(0, cut.ToString());
            var full = CliRunner.Run(dir, "segment", "--method", "rfm", "--customers", Customers, "--transactions", Transactions, "--as-of", d, "--out", "full");
            full.ExitCode.Should().Be(0, full.ToString());

            foreach (var file in new[] { "assignments.csv", "segmentation.json" })
            {
                var snapshot = File.ReadAllText(Path.Combine(track, d, file));
                File.ReadAllText(Path.Combine(dir, "cut", file)).Should().Be(snapshot, $"{file} at {d}: segment on the cut files");
                File.ReadAllText(Path.Combine(dir, "full", file)).Should().Be(snapshot, $"{file} at {d}: segment --as-of on the full files");
            }
            var customers = File.ReadAllLines(Path.Combine(dir, "c.csv")).Length - 1;
            File.ReadAllLines(Path.Combine(track, d, "assignments.csv")).Length.Should().Be(customers + 1);
        }
        // Hand-counted in the sample (awk on signup_date): 948 customers signed up after 2025-12-31.
        (File.ReadAllLines(Path.Combine(track, "2025-12-31", "assignments.csv")).Length - 1).Should().Be(5000 - 948);
        Directory.GetFiles(Path.Combine(track, "2026-03-31")).Select(Path.GetFileName).Should()
            .BeEquivalentTo("assignments.csv", "segmentation.json", "model.json", "profile.json", "manifest.json");
    }

    [Fact]
    public void Tracking_json_counts_agree_with_the_snapshots_assignment_files()
    {
        var track = RefitRun.Value;
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(track, "tracking.json")))!;
        json["method"]!.GetValue<string>().Should().Be("rfm");
        json["frozen"]!.GetValue<bool>().Should().BeFalse();
        json["snapshots"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("2025-12-31", "2026-03-31", "2026-06-30");
        var transitions = json["transitions"]!.AsArray();
        transitions.Should().HaveCount(2);

        var present = QuarterEnds.Select(date =>
        {
            var dir = RepoPaths.NewTempFolder("segkit-track-active");
            SampleTruncation.Write(Customers, Transactions, date, Path.Combine(dir, "c.csv"), Path.Combine(dir, "t.csv"));
            var active = SampleTruncation.Active(Path.Combine(dir, "c.csv"));
            return SampleTruncation.Assignments(Path.Combine(track, date.ToString("yyyy-MM-dd"), "assignments.csv"))
                .Where(a => active[a.Key]).ToDictionary(a => a.Key, a => a.Value);
        }).ToArray();

        for (var i = 0; i < 2; i++)
        {
            var t = transitions[i]!;
            t["from"]!.GetValue<string>().Should().Be(QuarterEnds[i].ToString("yyyy-MM-dd"));
            t["to"]!.GetValue<string>().Should().Be(QuarterEnds[i + 1].ToString("yyyy-MM-dd"));
            var (before, after) = (present[i], present[i + 1]);
            var expectedCounts = before.Where(b => after.ContainsKey(b.Key)).GroupBy(b => (b.Value, after[b.Key])).ToDictionary(g => g.Key, g => g.Count());
            var actualCounts = t["counts"]!.AsObject().SelectMany(f => f.Value!.AsObject().Select(c => ((f.Key, c.Key), c.Value!.GetValue<int>()))).ToDictionary(x => x.Item1, x => x.Item2);
            actualCounts.Should().BeEquivalentTo(expectedCounts);
            var expectedEntered = after.Where(a => !before.ContainsKey(a.Key)).GroupBy(a => a.Value).ToDictionary(g => g.Key, g => g.Count());
            t["entered"]!.AsObject().Where(e => e.Value!.GetValue<int>() > 0).ToDictionary(e => e.Key, e => e.Value!.GetValue<int>()).Should().BeEquivalentTo(expectedEntered);
            var expectedLeft = before.Where(b => !after.ContainsKey(b.Key)).GroupBy(b => b.Value).ToDictionary(g => g.Key, g => g.Count());
            t["left"]!.AsObject().Where(e => e.Value!.GetValue<int>() > 0).ToDictionary(e => e.Key, e => e.Value!.GetValue<int>()).Should().BeEquivalentTo(expectedLeft);
        }
        // The figures the docs quote (docs/tracking.md): 597 new and 98 gone by 2026-03-31, 305 and 183 by 2026-06-30.
        transitions[0]!["entered"]!.AsObject().Sum(e => e.Value!.GetValue<int>()).Should().Be(597);
        transitions[0]!["left"]!.AsObject().Sum(e => e.Value!.GetValue<int>()).Should().Be(98);
        transitions[1]!["entered"]!.AsObject().Sum(e => e.Value!.GetValue<int>()).Should().Be(305);
        transitions[1]!["left"]!.AsObject().Sum(e => e.Value!.GetValue<int>()).Should().Be(183);
    }

    [Fact]
    public void Frozen_applies_the_first_snapshots_model_to_the_later_dates()
    {
        var frozen = Track(frozen: true);
        JsonNode.Parse(File.ReadAllText(Path.Combine(frozen, "tracking.json")))!["frozen"]!.GetValue<bool>().Should().BeTrue();
        File.ReadAllText(Path.Combine(frozen, "2025-12-31", "assignments.csv"))
            .Should().Be(File.ReadAllText(Path.Combine(RefitRun.Value, "2025-12-31", "assignments.csv")), "the first snapshot is fitted either way");

        var full = new SegmentationData(CustomerCsv.Load(Customers), null);
        full = full with { Transactions = TransactionCsv.Load(Transactions, customers: full.Customers) };
        var model = new RfmSegmenter(new RfmOptions()).Fit(PointInTime.Truncate(full, QuarterEnds[0]));
        var later = model.Assign(PointInTime.Truncate(full, QuarterEnds[2]));
        var frozenLater = SampleTruncation.Assignments(Path.Combine(frozen, "2026-06-30", "assignments.csv"));
        frozenLater.Should().HaveCount(5000);
        later.CustomerIds.Select((c, i) => frozenLater[c] == later.SegmentIds[i]).Should().AllSatisfy(same => same.Should().BeTrue());

        var refitLater = SampleTruncation.Assignments(Path.Combine(RefitRun.Value, "2026-06-30", "assignments.csv"));
        refitLater.Count(r => frozenLater[r.Key] != r.Value).Should().BeGreaterThan(0, "refitting moves the cut points, so some customers score differently");
    }

    [Theory]
    [InlineData("--as-of|2026-03-31|--as-of|2025-12-31", "not in order: 2025-12-31 comes after 2026-03-31")]
    [InlineData("--as-of|2026-03-31|--as-of|2026-03-31", "2026-03-31 is given twice")]
    [InlineData("--as-of|2026-13-31", "'2026-13-31' is not a date")]
    [InlineData("--as-of|2010-01-31", "no customer of")]
    [InlineData("--every|week|--from|2025-01-01|--until|2026-01-01", "'week' is not a snapshot frequency")]
    [InlineData("--every|quarter|--from|2026-06-30|--until|2025-12-31", "--until 2025-12-31 is before --from 2026-06-30")]
    [InlineData("--every|quarter|--from|2026-01-01", "--every needs the last date")]
    [InlineData("--every|quarter|--from|2025-01-01|--until|2026-01-01|--as-of|2025-12-31", "both were given")]
    [InlineData("", "no snapshot date given")]
    public void Bad_dates_are_a_clear_error_and_nothing_is_written(string dates, string message)
    {
        var dir = RepoPaths.NewTempFolder("segkit-track-bad");
        var r = CliRunner.Run(dir, ["track", "--method", "rfm", "--customers", Customers, "--transactions", Transactions,
            .. dates.Split('|', StringSplitOptions.RemoveEmptyEntries), "--out", "trk"]);
        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().Contain(message).And.Contain("Fix: ");
        Directory.Exists(Path.Combine(dir, "trk")).Should().BeFalse();
    }

    [Fact]
    public void Every_quarter_takes_the_quarter_ends_of_the_period()
    {
        TrackCommand.Dates([], "quarter", "2025-10-01", "2026-06-30").Should().Equal(QuarterEnds);
    }
}
