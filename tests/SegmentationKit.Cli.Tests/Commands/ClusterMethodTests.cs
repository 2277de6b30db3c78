using System.Globalization;
using System.Text;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests.Commands;

/// <summary><c>segkit segment --method gmm | ward | kprototypes | needs</c> on 60 customers in three
/// planted groups of 20 (heavy users, strugglers, occasional users), the last 5 of them without
/// needs-survey answers.</summary>
public class ClusterMethodTests
{
    private static string NewRunFolder()
    {
        var dir = RepoPaths.NewTempFolder("segkit-clusters");
        var random = new Random(4);
        var csv = new StringBuilder("customer_id,logins_per_week,support_tickets,plan,need_reporting,need_mobile_access\n");
        for (var i = 0; i < 60; i++)
        {
            var g = i / 20;
            var logins = (g == 0 ? 20 : g == 1 ? 3 : 8) + random.NextDouble() - 0.5;
            var tickets = (g == 1 ? 12 : 1) + random.Next(0, 2);
            var plan = g == 0 ? "Premium" : "Access";
            var needs = i >= 55 ? "," : g == 0 ? $"5,{1 + random.Next(0, 2)}" : $"{1 + random.Next(0, 2)},5";
            csv.Append(CultureInfo.InvariantCulture, $"k{i + 1:00},{logins:0.00},{tickets},{plan},{needs}\n");
        }
        File.WriteAllText(Path.Combine(dir, "customers.csv"), csv.ToString());
        return dir;
    }

    private static (string Dir, CliResult Result) Segment(params string[] args)
    {
        var dir = NewRunFolder();
        return (dir, CliRunner.Run(dir, ["segment", "--customers", "customers.csv", "--out", "run", .. args]));
    }

    private static string[] Assignments(string dir) => File.ReadAllLines(Path.Combine(dir, "run", "assignments.csv"));

    private static void ShouldHoldThePlantedGroups(string[] lines)
    {
        var ids = lines.Skip(1).Select(l => l.Split(',')[1]).ToArray();
        ids.Should().HaveCount(60);
        ids.Take(20).Should().AllBe("c1");
        ids.Skip(20).Take(20).Should().AllBe("c2");
        ids.Skip(40).Should().AllBe("c3");
    }

    [Fact]
    public void Gmm_writes_segments_with_membership_probabilities_and_reports_the_bic()
    {
        var (dir, r) = Segment("--method", "gmm", "--k", "3", "--set", "gmm.columns=[logins_per_week, support_tickets]");

        r.ExitCode.Should().Be(0, r.ToString());
        var lines = Assignments(dir);
        lines[0].Should().Be("customer_id,segment_id,segment_name,membership_probability");
        lines[1].Should().StartWith("k01,c1,\"High logins per week, low support tickets\",");
        ShouldHoldThePlantedGroups(lines);
        r.Stdout.Should().Contain("gmm: 3 segments, 60 customers").And.Contain("BIC");
    }

    [Fact]
    public void Kmeans_writes_the_planted_groups_named_by_their_traits_and_reports_the_inertia()
    {
        var (dir, r) = Segment("--method", "kmeans", "--k", "3", "--set", "kmeans.columns=[logins_per_week, support_tickets]");

        r.ExitCode.Should().Be(0, r.ToString());
        var lines = Assignments(dir);
        lines[0].Should().Be("customer_id,segment_id,segment_name");
        lines[1].Should().Be("k01,c1,\"High logins per week, low support tickets\"");
        ShouldHoldThePlantedGroups(lines);
        r.Stdout.Should().Contain("kmeans: 3 segments, 60 customers").And.Contain("k-means on logins_per_week, support_tickets (standard scaling): inertia");
        SegmentationKit.IO.SegmentationRunFolder.Read(Path.Combine(dir, "run")).Parameters.Should().ContainKeys("inertia", "iterations", "converged").And.NotContainKey("seeding_seconds");
    }

    [Theory]
    [InlineData("ward", "ward.columns=[logins_per_week, support_tickets]")]
    [InlineData("kprototypes", "kprototypes.columns=[logins_per_week, support_tickets, plan]")]
    public void Ward_and_kprototypes_find_the_planted_groups(string method, string columns)
    {
        var (dir, r) = Segment("--method", method, "--k", "3", "--set", columns);

        r.ExitCode.Should().Be(0, r.ToString());
        ShouldHoldThePlantedGroups(Assignments(dir));
        SegmentationKit.IO.SegmentationRunFolder.Read(Path.Combine(dir, "run")).Method.Should().Be(method);
    }

    [Fact]
    public void Needs_names_segments_by_top_needs_and_keeps_non_respondents_in_no_answer()
    {
        var (dir, r) = Segment("--method", "needs", "--k", "2");

        r.ExitCode.Should().Be(0, r.ToString());
        var lines = Assignments(dir);
        lines[0].Should().Be("customer_id,segment_id,segment_name,needs_answered,membership_probability");
        lines[1].Should().StartWith("k01,needs_1,Needs: reporting,2,");
        lines[21].Should().StartWith("k21,needs_2,Needs: mobile access,2,");
        lines.Skip(56).Should().Equal(Enumerable.Range(56, 5).Select(i => $"k{i:00},no_answer,No answer,0,"));
    }

    [Fact]
    public void A_clustering_method_without_k_is_a_clear_error_and_writes_nothing()
    {
        var (dir, r) = Segment("--method", "gmm");

        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain("--k").And.Contain("gmm");
        Directory.Exists(Path.Combine(dir, "run")).Should().BeFalse();
    }

    [Fact]
    public void An_unknown_scaling_is_refused_naming_the_key()
    {
        var (_, r) = Segment("--method", "ward", "--k", "3", "--set", "ward.scale=zscore");

        r.ExitCode.Should().Be(2);
        r.Stderr.Should().Contain("ward.scale").And.Contain("none, standard, robust");
    }
}
