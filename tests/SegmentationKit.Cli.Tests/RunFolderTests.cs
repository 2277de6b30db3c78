using SegmentationKit.Profiling;
using System.Diagnostics;
using System.Security.Cryptography;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>A run's --out holds exactly that run's files, and a run stopped at any moment — Ctrl-C,
/// SIGTERM, SIGKILL — leaves the previous contents (or, at worst, nothing), never a half-written file,
/// never two runs mixed, and no staging folder once the next run has started (issue 18).</summary>
[Trait("Category", "Slow")]
public class RunFolderTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private static string SegmentFolder()
    {
        var dir = RepoPaths.NewTempFolder("segkit-runs");
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "segment")))
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    private static CliResult Segment(string dir, string method, params string[] extra) =>
        CliRunner.Run(dir, ["segment", "--method", method, "--customers", "customers.csv", "--transactions", "transactions.csv",
            "--as-of", "2024-12-31", "--config", "seg.yaml", .. extra]);

    private static string[] Entries(string folder) =>
        Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(e => Path.GetRelativePath(folder, e)).Order(StringComparer.Ordinal).ToArray();

    private static void NoStaging(string dir) =>
        Directory.GetDirectories(dir, "*.segkit-*", SearchOption.AllDirectories).Should().BeEmpty("no staging folder is left behind");

    [Fact]
    public void A_clean_rerun_drops_the_rejects_csv_of_an_earlier_lenient_run()
    {
        var dir = SegmentFolder();
        File.AppendAllText(Path.Combine(dir, "customers.csv"), "c99,Retail,Premium,notanumber,1,1,1,1,false,1,1,0.1\n");
        var lenient = Segment(dir, "value", "--lenient", "--out", "run");
        lenient.ExitCode.Should().Be(0, lenient.ToString());
        File.Exists(Path.Combine(dir, "run", "rejects.csv")).Should().BeTrue();
        var lines = File.ReadAllLines(Path.Combine(dir, "customers.csv"));
        File.WriteAllLines(Path.Combine(dir, "customers.csv"), lines[..^1]);

        var clean = Segment(dir, "value", "--out", "run");

        clean.ExitCode.Should().Be(0, clean.ToString());
        Entries(Path.Combine(dir, "run")).Should().Equal("assignments.csv", "manifest.json", "model.json", "profile.json", "segmentation.json");
        NoStaging(dir);
    }

    [Fact]
    public void A_second_report_into_the_same_folder_keeps_none_of_the_first_ones_pdfs()
    {
        var dir = SegmentFolder();
        Segment(dir, "rfm", "--out", "rfm").ExitCode.Should().Be(0);
        Segment(dir, "value", "--out", "value").ExitCode.Should().Be(0);
        var first = CliRunner.Run(dir, "report", "--run", "rfm", "--out", "rep", "--creation-date", "2026-01-01");
        first.ExitCode.Should().Be(0, first.ToString());
        Directory.GetFiles(Path.Combine(dir, "rep"), "*.pdf").Length.Should().BeGreaterThan(4);

        var second = CliRunner.Run(dir, "report", "--run", "value", "--out", "rep", "--creation-date", "2026-01-01");

        second.ExitCode.Should().Be(0, second.ToString());
        var pdfs = Directory.GetFiles(Path.Combine(dir, "rep"), "*.pdf").Select(Path.GetFileName).ToList();
        var nonEmpty = PortfolioProfile.FromJson(File.ReadAllText(Path.Combine(dir, "value", "profile.json"))).Segments.Count(s => s.Customers > 0);
        pdfs.Should().HaveCount(nonEmpty + 1, "one PDF per non-empty segment of the value run and the overview, none of the RFM run's");
        pdfs.Should().NotContain(p => p!.Contains("champions"));
    }

    [Fact]
    public void Profile_into_its_own_run_keeps_the_segment_manifest_and_adds_its_own()
    {
        var dir = SegmentFolder();
        Segment(dir, "rfm", "--out", "run").ExitCode.Should().Be(0);
        var manifest = File.ReadAllText(Path.Combine(dir, "run", "manifest.json"));
        var defaultProfile = File.ReadAllText(Path.Combine(dir, "run", "profile.json"));

        var r = CliRunner.Run(dir, "profile", "--run", "run", "--customers", "customers.csv", "--transactions", "transactions.csv",
            "--gross-margin", "0.5", "--out", "run");

        r.ExitCode.Should().Be(0, r.ToString());
        File.ReadAllText(Path.Combine(dir, "run", "manifest.json")).Should().Be(manifest, "the segment run's manifest is not rewritten");
        var added = File.ReadAllText(Path.Combine(dir, "run", "profile.manifest.json"));
        added.Should().Contain("\"command\": \"profile\"").And.Contain("\"gross_margin\": \"0.5\"").And.Contain("\"profile.manifest.json\"");
        File.ReadAllText(Path.Combine(dir, "run", "profile.json")).Should().NotBe(defaultProfile);
        NoStaging(dir);

        // The run can still be replaced by a segment rerun and reported on.
        Segment(dir, "rfm", "--out", "run").ExitCode.Should().Be(0);
        File.Exists(Path.Combine(dir, "run", "profile.manifest.json")).Should().BeFalse();
    }

    [Fact]
    public void Profile_into_another_run_is_refused_and_changes_nothing()
    {
        var dir = SegmentFolder();
        Segment(dir, "rfm", "--out", "a").ExitCode.Should().Be(0);
        Segment(dir, "value", "--out", "b").ExitCode.Should().Be(0);
        var before = Entries(Path.Combine(dir, "b")).Select(f => File.ReadAllText(Path.Combine(dir, "b", f))).ToList();

        var r = CliRunner.Run(dir, "profile", "--run", "a", "--customers", "customers.csv", "--out", "b");

        UserErrorTests.ShouldBeUserError(r, "--out: 'b' holds a segkit segment run; this profile run would replace it. Fix: give --out a new folder");
        Entries(Path.Combine(dir, "b")).Select(f => File.ReadAllText(Path.Combine(dir, "b", f))).Should().Equal(before);
    }

    [Fact]
    public void A_folder_holding_other_files_is_refused_and_kept()
    {
        var dir = SegmentFolder();
        Directory.CreateDirectory(Path.Combine(dir, "mine"));
        File.WriteAllText(Path.Combine(dir, "mine", "notes.txt"), "keep me");

        var r = Segment(dir, "rfm", "--out", "mine");

        UserErrorTests.ShouldBeUserError(r, "--out: 'mine' already exists and holds files segkit did not write (notes.txt)");
        File.ReadAllText(Path.Combine(dir, "mine", "notes.txt")).Should().Be("keep me");
    }

    // --- signals

    private static Process Start(string dir, params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var psi = new ProcessStartInfo(host) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { CliRunner.SegkitDll }.Concat(args)) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    private static void Signal(Process p, string signal) =>
        IntegrationTool.Run("sh", ["-c", $"kill -{signal} {p.Id}"]).ExitCode.Should().Be(0);

    /// <summary>Every file of a folder with its SHA-256, to compare runs byte for byte.</summary>
    private static Dictionary<string, string>? Fingerprint(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            : null;

    private static bool Same(Dictionary<string, string>? a, Dictionary<string, string>? b) =>
        a is not null && b is not null && a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    private static void WaitForStaging(string dir, Process p)
    {
        var clock = Stopwatch.StartNew();
        while (Directory.GetDirectories(dir, ".run.segkit-staging-*").Length == 0 && !p.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            Thread.Sleep(5);
    }

    [Theory]
    [InlineData("TERM", 143, "terminated (SIGTERM)")]
    [InlineData("INT", 130, "interrupted (Ctrl-C)")]
    public void A_signal_during_generate_leaves_the_previous_run_and_no_staging_folder(string signal, int exit, string said)
    {
        var dir = RepoPaths.NewTempFolder("segkit-signal");
        CliRunner.Run(dir, "generate", "--customers", "500", "--seed", "1", "--out", "run").ExitCode.Should().Be(0);
        var before = Fingerprint(Path.Combine(dir, "run"));

        using var p = Start(dir, "generate", "--customers", "400000", "--seed", "2", "--out", "run");
        WaitForStaging(dir, p);
        p.HasExited.Should().BeFalse("the run must still be writing when it is stopped");
        Signal(p, signal);
        p.WaitForExit(60_000).Should().BeTrue();

        p.ExitCode.Should().Be(exit);
        p.StandardError.ReadToEnd().Should().Contain($"{said}: nothing was written to --out run; what it held before is unchanged.");
        Same(Fingerprint(Path.Combine(dir, "run")), before).Should().BeTrue("--out keeps the previous run, byte for byte");
        Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Should().Equal("run");
    }

    /// <summary>Iterations of the kill test; SEGKIT_KILL_ITERATIONS runs more (see docs/errors.md).</summary>
    private static int KillIterations => int.TryParse(Environment.GetEnvironmentVariable("SEGKIT_KILL_ITERATIONS"), out var n) && n > 0 ? n : 10;

    [Fact]
    public void Sigkill_at_seeded_random_moments_leaves_one_whole_run_never_a_mix()
    {
        var dir = RepoPaths.NewTempFolder("segkit-kill");
        var args = new Dictionary<int, string[]>
        {
            [1] = ["generate", "--customers", "60000", "--seed", "1", "--out", "run"],
            [2] = ["generate", "--customers", "60000", "--seed", "2", "--out", "run"],
        };
        // The two complete runs, written once to know their bytes (and how long a run takes).
        var reference = new Dictionary<int, Dictionary<string, string>>();
        var clock = Stopwatch.StartNew();
        foreach (var seed in new[] { 1, 2 })
        {
            var refDir = RepoPaths.NewTempFolder("segkit-kill-ref");
            CliRunner.Run(refDir, args[seed]).ExitCode.Should().Be(0);
            reference[seed] = Fingerprint(Path.Combine(refDir, "run"))!;
        }
        var runTime = clock.Elapsed / 2;
        CliRunner.Run(dir, args[1]).ExitCode.Should().Be(0);
        var current = 1;

        var random = new Random(18);
        var outcomes = new List<string>();
        for (var i = 0; i < KillIterations; i++)
        {
            var next = 3 - current;
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * runTime.TotalMilliseconds * 1.2);
            using var p = Start(dir, args[next]);
            p.WaitForExit((int)delay.TotalMilliseconds);
            if (!p.HasExited) p.Kill();
            p.WaitForExit(60_000).Should().BeTrue();

            var now = Fingerprint(Path.Combine(dir, "run"));
            if (Same(now, reference[next])) { current = next; outcomes.Add($"{delay.TotalMilliseconds:0} ms: new run complete"); }
            else if (Same(now, reference[current])) outcomes.Add($"{delay.TotalMilliseconds:0} ms: previous run kept");
            else if (now is null) outcomes.Add($"{delay.TotalMilliseconds:0} ms: no folder");
            else throw new Xunit.Sdk.XunitException($"after a kill at {delay.TotalMilliseconds:0} ms --out holds neither run whole: " +
                string.Join(", ", now.Keys.Order()) + "\n" + string.Join("\n", outcomes));
        }

        foreach (var o in outcomes) log.WriteLine(o);
        outcomes.Should().Contain(o => o.EndsWith("previous run kept"), "some kills land before the commit");

        // The next run sweeps what the killed ones left and ends with one whole run.
        var last = CliRunner.Run(dir, args[1]);
        last.ExitCode.Should().Be(0, last.ToString());
        Same(Fingerprint(Path.Combine(dir, "run")), reference[1]).Should().BeTrue();
        Directory.GetFileSystemEntries(dir).Select(Path.GetFileName).Should().Equal(["run"], string.Join("\n", outcomes));
    }
}
