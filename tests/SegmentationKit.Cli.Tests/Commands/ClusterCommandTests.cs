using System.Globalization;
using System.Text;
using System.Text.Json;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests.Commands;

/// <summary><c>segkit cluster</c> and <c>segkit evaluate</c> on hand-made CSVs and on scikit-learn's
/// blobs_overlap fixture. TestData/clustering/blobs_overlap.csv and blobs_overlap_labels.csv are copied
/// as in tests/SegmentationKit.Tests/TestData/clustering/ (scikit-learn 1.2.1, numpy 1.24.2); the reference values
/// quoted below come from clustering-reference.json in that folder.</summary>
public class ClusterCommandTests
{
    // Two obvious groups {(0,0), (1,0)} and {(10,10), (12,10)}; the id column is text and excluded.
    private const string TwoGroups = "id,a,b\nC1,0,0\nC2,1,0\nC3,10,10\nC4,12,10\n";

    private static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "clustering", file);

    private static string NewFolder(string? dataCsv = null)
    {
        var dir = RepoPaths.NewTempFolder("segkit-cluster");
        if (dataCsv is not null) File.WriteAllText(Path.Combine(dir, "x.csv"), dataCsv);
        return dir;
    }

    private static string BlobsFolder()
    {
        var dir = NewFolder();
        File.Copy(Fixture("blobs_overlap.csv"), Path.Combine(dir, "blobs.csv"));
        var lines = File.ReadAllLines(Fixture("blobs_overlap_labels.csv"));
        var header = lines[0].Split(',');
        string Column(string name, bool withRows)
        {
            var j = Array.IndexOf(header, name);
            var text = new StringBuilder(withRows ? "row,label\n" : "label\n");
            for (var i = 1; i < lines.Length; i++)
                text.Append(withRows ? $"{i - 1}," : "").Append(lines[i].Split(',')[j]).Append('\n');
            return text.ToString();
        }
        File.WriteAllText(Path.Combine(dir, "sklearn_kmeans.csv"), Column("kmeans", withRows: true));
        File.WriteAllText(Path.Combine(dir, "truth.csv"), Column("truth", withRows: false));
        return dir;
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    private static JsonElement Metrics(string dir, string run = "run") => Json(File.ReadAllText(Path.Combine(dir, run, "metrics.json")));

    private static string[] Labels(string dir, string run = "run") => File.ReadAllLines(Path.Combine(dir, run, "labels.csv"));

    private static CliResult Ok(string dir, params string[] args)
    {
        var r = CliRunner.Run(dir, args);
        r.ExitCode.Should().Be(0, r.ToString());
        return r;
    }

    private static void ShouldFail(string dir, CliResult r, string message) => BadInputTests.ShouldFailWith(dir, r, message);

    [Fact]
    public void Minibatch_finds_the_two_obvious_groups_with_an_inertia_close_to_the_exact_one()
    {
        var dir = NewFolder(TwoGroups);
        Ok(dir, "cluster", "--data", "x.csv", "--exclude", "id", "--k", "2", "--algorithm", "minibatch", "--seed", "3", "--out", "run");

        var labels = Labels(dir).Skip(1).Select(l => l.Split(',')[1]).ToArray();
        labels[0].Should().Be(labels[1]);
        labels[2].Should().Be(labels[3]).And.NotBe(labels[0]);
        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "run", "metrics.json")));
        // Exact k-means: centres (0.5, 0) and (11, 10), inertia 0.5 + 2. Mini-batch centres are running
        // averages of rows drawn with replacement, so they sit near, not on, the means.
        metrics.RootElement.GetProperty("inertia").GetDouble().Should().BeInRange(2.5, 2.5 * 1.05);
    }

    [Fact]
    public void Hamerly_writes_the_same_labels_centres_and_inertia_as_lloyd()
    {
        var dir = BlobsFolder();
        Ok(dir, "cluster", "--data", "blobs.csv", "--exclude", "truth", "--k", "5", "--seed", "2", "--out", "lloyd");
        Ok(dir, "cluster", "--data", "blobs.csv", "--exclude", "truth", "--k", "5", "--seed", "2", "--algorithm", "hamerly", "--out", "hamerly");

        File.ReadAllText(Path.Combine(dir, "hamerly", "labels.csv")).Should().Be(File.ReadAllText(Path.Combine(dir, "lloyd", "labels.csv")));
        File.ReadAllText(Path.Combine(dir, "hamerly", "centers.csv")).Should().Be(File.ReadAllText(Path.Combine(dir, "lloyd", "centers.csv")));
        double Inertia(string run) => JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, run, "metrics.json"))).RootElement.GetProperty("inertia").GetDouble();
        Inertia("hamerly").Should().Be(Inertia("lloyd"));
    }

    [Fact]
    public void Lloyd_on_two_obvious_groups_writes_labels_centres_and_the_hand_computed_metrics()
    {
        var dir = NewFolder(TwoGroups);
        Ok(dir, "cluster", "--data", "x.csv", "--exclude", "id", "--k", "2", "--seed", "3", "--out", "run");

        var labels = Labels(dir);
        labels[0].Should().Be("row,label");
        var l = labels.Skip(1).Select(s => s.Split(',')).ToArray();
        l.Select(p => p[0]).Should().Equal("0", "1", "2", "3");
        (l[0][1] == l[1][1] && l[2][1] == l[3][1] && l[0][1] != l[2][1]).Should().BeTrue(string.Join(" ", labels));

        var centres = File.ReadAllLines(Path.Combine(dir, "run", "centers.csv"));
        centres[0].Should().Be("cluster,a,b");
        var first = l[0][1] == "0";
        centres.Skip(1).Should().Equal(first ? ["0,0.5,0", "1,11,10"] : ["0,11,10", "1,0.5,0"]);

        var m = Metrics(dir);
        m.GetProperty("algorithm").GetString().Should().Be("lloyd");
        m.GetProperty("rows").GetInt32().Should().Be(4);
        m.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).Should().Equal("a", "b");
        // Inertia: 0.5² · 2 + 1² · 2 = 2.5.
        m.GetProperty("inertia").GetDouble().Should().BeApproximately(2.5, 1e-12);
        m.GetProperty("converged").GetBoolean().Should().BeTrue();
        m.GetProperty("bic").ValueKind.Should().Be(JsonValueKind.Null);
        m.GetProperty("silhouette_rows").GetInt32().Should().Be(4);
        m.TryGetProperty("silhouette_note", out _).Should().BeFalse("the silhouette is exact");
        // Silhouette by hand: a = distance to the one other row of the cluster, b = mean distance to the other cluster's two rows.
        double S(double a, double b) => (b - a) / Math.Max(a, b);
        var expected = (S(1, (Math.Sqrt(200) + Math.Sqrt(244)) / 2) + S(1, (Math.Sqrt(181) + Math.Sqrt(221)) / 2)
                        + S(2, (Math.Sqrt(200) + Math.Sqrt(181)) / 2) + S(2, (Math.Sqrt(244) + Math.Sqrt(221)) / 2)) / 4;
        m.GetProperty("silhouette").GetDouble().Should().BeApproximately(expected, 1e-12);
        // Calinski–Harabasz: between = 2·|(0.5,0) − (5.75,5)|² + 2·|(11,10) − (5.75,5)|² = 210.25, within = 2.5, × (4 − 2)/(2 − 1).
        m.GetProperty("calinski_harabasz").GetDouble().Should().BeApproximately(210.25 / 2.5 * 2, 1e-9);
        m.GetProperty("cluster_sizes").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(2, 2);
    }

    [Fact]
    public void Standard_scaling_measures_in_scaled_units_but_writes_centres_in_original_units()
    {
        var dir = NewFolder(TwoGroups);
        Ok(dir, "cluster", "--data", "x.csv", "--exclude", "id", "--k", "2", "--scale", "standard", "--out", "run");
        var centres = File.ReadAllLines(Path.Combine(dir, "run", "centers.csv")).Skip(1).Select(s => s[2..]).Order().ToArray();
        var parsed = centres.Select(c => c.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        parsed[0].Should().BeEquivalentTo([0.5, 0.0], o => o.Using<double>(x => x.Subject.Should().BeApproximately(x.Expectation, 1e-12)).WhenTypeIs<double>());
        parsed[1].Should().BeEquivalentTo([11.0, 10.0], o => o.Using<double>(x => x.Subject.Should().BeApproximately(x.Expectation, 1e-12)).WhenTypeIs<double>());
        // Column a has population variance 28.1875 and b 25; within sums of squares 2.5 (a) and 0 (b).
        Metrics(dir).GetProperty("inertia").GetDouble().Should().BeApproximately(2.5 / 28.1875, 1e-12);
        Metrics(dir).GetProperty("scale").GetString().Should().Be("standard");
    }

    [Fact]
    public void A_french_file_with_a_constant_column_clusters_like_the_standard_one_and_reports_the_column()
    {
        // The two groups again, written with ';' and decimal commas, plus a column that never changes.
        var dir = NewFolder("a;b;flat\n0;0;7,5\n1;0;7,5\n10;10;7,5\n12;10;7,5\n");
        Ok(dir, "cluster", "--data", "x.csv", "--k", "2", "--scale", "standard", "--out", "run");
        var m = Metrics(dir);
        m.GetProperty("inertia").GetDouble().Should().BeApproximately(2.5 / 28.1875, 1e-12);
        m.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).Should()
            .Contain("column 'flat' has zero variance: it was centred but not scaled (it cannot separate customers)");
        File.ReadAllLines(Path.Combine(dir, "run", "centers.csv")).Skip(1).Select(s => s[2..]).Order().Should().Equal("0.5,0,7.5", "11,10,7.5");
    }

    [Fact]
    public void A_single_row_exits_2()
    {
        var dir = NewFolder("a,b\n1,2\n");
        ShouldFail(dir, CliRunner.Run(dir, "cluster", "--data", "x.csv", "--k", "1", "--out", "run"), "k-means needs at least 2 rows; the data has 1");
    }

    [Fact]
    public void Lloyd_on_blobs_reaches_scikit_learn_inertia_and_evaluate_gives_back_its_metrics()
    {
        var dir = BlobsFolder();
        Ok(dir, "cluster", "--data", "blobs.csv", "--exclude", "truth", "--k", "5", "--restarts", "10", "--seed", "1", "--out", "run");
        var m = Metrics(dir);
        // blobs_overlap.kmeans_k5_best_of_10.inertia.
        m.GetProperty("inertia").GetDouble().Should().BeLessOrEqualTo(ClusteringReference.Value("blobs_overlap.kmeans_k5_best_of_10.inertia") * (1 + 1e-12));
        Labels(dir).Should().HaveCount(1501);

        var evaluated = Json(Ok(dir, "evaluate", "--data", "blobs.csv", "--exclude", "truth", "--labels", Path.Combine("run", "labels.csv")).Stdout);
        foreach (var key in new[] { "silhouette", "davies_bouldin", "calinski_harabasz" })
            evaluated.GetProperty(key).GetDouble().Should().Be(m.GetProperty(key).GetDouble(), key);
        evaluated.GetProperty("inertia").GetDouble().Should().BeApproximately(m.GetProperty("inertia").GetDouble(), 1e-6);
        evaluated.TryGetProperty("ari", out _).Should().BeFalse("agreement is only reported with --truth");

        Ok(dir, "cluster", "--data", "blobs.csv", "--exclude", "truth", "--k", "5", "--restarts", "10", "--seed", "1", "--out", "again");
        Labels(dir, "again").Should().Equal(Labels(dir), "the same data and seed give the same labels");
    }

    [Fact]
    public void Evaluate_agrees_with_scikit_learn_on_its_own_kmeans_labels()
    {
        var dir = BlobsFolder();
        var r = Ok(dir, "evaluate", "--data", "blobs.csv", "--exclude", "truth", "--labels", "sklearn_kmeans.csv", "--truth", "truth.csv");
        var e = Json(r.Stdout);
        // blobs_overlap.metrics_on_kmeans_labels.
        void Near(string key, double reference) => e.GetProperty(key).GetDouble().Should().BeApproximately(reference, Math.Abs(reference) * 1e-9, key);
        var reference = ClusteringReference.Values("blobs_overlap.metrics_on_kmeans_labels");
        foreach (var key in new[] { "silhouette", "davies_bouldin", "calinski_harabasz", "inertia" }) Near(key, reference[key]);
        Near("ari", reference["ari_vs_truth"]);
        Near("nmi", reference["nmi_vs_truth"]);
        e.GetProperty("clusters").GetInt32().Should().Be(5);
        var counts = e.GetProperty("contingency").GetProperty("counts").EnumerateArray()
            .Select(row => row.EnumerateArray().Select(c => c.GetInt64()).ToArray()).ToArray();
        counts.Should().HaveCount(5);
        counts.Sum(row => row.Sum()).Should().Be(1500);
        counts.Select(row => (int)row.Sum()).Should().Equal(e.GetProperty("cluster_sizes").EnumerateObject().Select(p => p.Value.GetInt32()));
    }

    [Fact]
    public void Gaussian_mixture_reports_bic_no_worse_than_scikit_learn()
    {
        var dir = BlobsFolder();
        Ok(dir, "cluster", "--data", "blobs.csv", "--exclude", "truth", "--k", "5", "--algorithm", "gmm", "--out", "run");
        var m = Metrics(dir);
        // Lower is better; EM may land a hair lower than scikit-learn.
        m.GetProperty("bic").GetDouble().Should().BeLessThan(ClusteringReference.Value("blobs_overlap.gmm_full_k5.bic") + 1e-2);
        m.GetProperty("iterations").GetInt32().Should().BeGreaterThan(0);
        var ari = Json(Ok(dir, "evaluate", "--data", "blobs.csv", "--exclude", "truth", "--labels", Path.Combine("run", "labels.csv"), "--truth", "truth.csv").Stdout);
        ari.GetProperty("ari").GetDouble().Should().BeGreaterThan(0.8);
    }

    [Fact]
    public void Ward_on_two_obvious_groups_has_no_iterations_and_writes_the_group_means()
    {
        var dir = NewFolder(TwoGroups);
        Ok(dir, "cluster", "--data", "x.csv", "--exclude", "id", "--k", "2", "--algorithm", "ward", "--out", "run");
        var m = Metrics(dir);
        m.GetProperty("inertia").GetDouble().Should().BeApproximately(2.5, 1e-12);
        m.GetProperty("iterations").ValueKind.Should().Be(JsonValueKind.Null);
        m.GetProperty("converged").ValueKind.Should().Be(JsonValueKind.Null);
        File.ReadAllLines(Path.Combine(dir, "run", "centers.csv")).Skip(1).Select(s => s[2..]).Order().Should().Equal("0.5,0", "11,10");
    }

    [Fact]
    public void Kprototypes_treats_the_columns_named_categorical_as_categories()
    {
        // Spend has the same spread in both channels; channel 1 vs 2 is the grouping. γ = ½ · sd(spend) ≈ 0.026 is more
        // than any squared spend difference (≤ 0.0156), so one channel mismatch outweighs every spend difference.
        var dir = NewFolder("spend,channel\n1,1\n1.125,1\n1.0625,1\n1,2\n1.125,2\n1.0625,2\n");
        Ok(dir, "cluster", "--data", "x.csv", "--k", "2", "--algorithm", "kprototypes", "--categorical", "channel", "--out", "run");
        var l = Labels(dir).Skip(1).Select(s => s.Split(',')[1]).ToArray();
        l.Distinct().Should().HaveCount(2);
        l[..3].Distinct().Should().ContainSingle();
        l[3..].Distinct().Should().ContainSingle();
        var centres = File.ReadAllLines(Path.Combine(dir, "run", "centers.csv"));
        centres[0].Should().Be("cluster,spend,channel");
        centres.Skip(1).Select(s => s[2..]).Order().Should().Equal("1.0625,1", "1.0625,2");
        var m = Metrics(dir);
        m.GetProperty("categorical_columns").EnumerateArray().Select(c => c.GetString()).Should().Equal("channel");
        m.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).Should().Equal("spend");
    }

    [Fact]
    public void Kprototypes_without_categorical_columns_exits_2_with_the_way_out()
    {
        var dir = NewFolder(TwoGroups);
        var r = CliRunner.Run(dir, "cluster", "--data", "x.csv", "--exclude", "id", "--k", "2", "--algorithm", "kprototypes", "--out", "run");
        ShouldFail(dir, r, "--algorithm kprototypes: k-prototypes clusters mixed numeric and categorical columns, and no column is marked categorical. " +
                           "Fix: name the numeric-coded categorical columns with --categorical");
    }

    [Fact]
    public void Silhouette_above_the_exact_limit_is_estimated_on_a_seeded_sample_and_says_so()
    {
        // Rows alternate between 0 and 100: two clusters, every row at distance 0 from its own and 100
        // from the other, so every silhouette — exact or sampled — is (100 − 0) / 100 = 1.
        var text = new StringBuilder("x\n");
        for (var i = 0; i < 20_001; i++) text.Append(i % 2 == 0 ? "0\n" : "100\n");
        var dir = NewFolder(text.ToString());
        Ok(dir, "cluster", "--data", "x.csv", "--k", "2", "--restarts", "1", "--seed", "4", "--out", "run");
        var m = Metrics(dir);
        m.GetProperty("silhouette").GetDouble().Should().Be(1);
        m.GetProperty("silhouette_rows").GetInt32().Should().Be(10_000);
        m.GetProperty("silhouette_note").GetString().Should()
            .Be("estimated on a random sample of 10,000 of the 20,001 rows drawn with seed 4 (exact up to 20,000 rows; the exact one needs n² distances)");
        m.GetProperty("inertia").GetDouble().Should().Be(0);
        m.GetProperty("cluster_sizes").EnumerateArray().Select(e => e.GetInt32()).Order().Should().Equal(10_000, 10_001);
    }

    [Fact]
    public void A_single_cluster_has_no_silhouette_and_says_why()
    {
        var dir = NewFolder(TwoGroups);
        Ok(dir, "cluster", "--data", "x.csv", "--exclude", "id", "--k", "1", "--out", "run");
        var m = Metrics(dir);
        m.GetProperty("silhouette").ValueKind.Should().Be(JsonValueKind.Null);
        m.GetProperty("davies_bouldin").ValueKind.Should().Be(JsonValueKind.Null);
        m.GetProperty("silhouette_note").GetString().Should().Contain("need between 2 and rows − 1 clusters; the labels have 1");
        // k = 1: the centre is the column means (5.75, 5); inertia = 112.75 + 100.
        m.GetProperty("inertia").GetDouble().Should().BeApproximately(212.75, 1e-9);
    }

    [Fact]
    public void A_text_cell_exits_2_naming_line_column_and_value_and_writes_nothing()
    {
        var dir = NewFolder("a,b\n1,2\n3,n/a\n");
        ShouldFail(dir, CliRunner.Run(dir, "cluster", "--data", "x.csv", "--k", "2", "--out", "run"), "x.csv:3, column 'b': not a number (value 'n/a')");
    }

    [Fact]
    public void More_clusters_than_distinct_rows_exits_2()
    {
        var dir = NewFolder("a\n1\n1\n2\n");
        ShouldFail(dir, CliRunner.Run(dir, "cluster", "--data", "x.csv", "--k", "3", "--out", "run"),
            "k-means with 3 clusters needs at least 3 distinct rows; the data has only 2");
    }

    [Fact]
    public void An_option_the_algorithm_does_not_have_exits_2()
    {
        var dir = NewFolder(TwoGroups);
        ShouldFail(dir, CliRunner.Run(dir, "cluster", "--data", "x.csv", "--exclude", "id", "--k", "2", "--algorithm", "ward", "--restarts", "5", "--out", "run"),
            "--restarts: ward has no such setting. Fix: leave --restarts out with --algorithm ward");
        ShouldFail(dir, CliRunner.Run(dir, "cluster", "--data", "x.csv", "--exclude", "id", "--k", "2", "--algorithm", "minibatch", "--tol", "0.1", "--out", "run"),
            "--tol: minibatch has no such setting. Fix: leave --tol out with --algorithm minibatch");
        ShouldFail(dir, CliRunner.Run(dir, "cluster", "--data", "x.csv", "--exclude", "id", "--k", "2", "--categorical", "a", "--out", "run"),
            "--categorical: only kprototypes uses categorical columns, not lloyd");
        ShouldFail(dir, CliRunner.Run(dir, "cluster", "--data", "x.csv", "--exclude", "id", "--k", "0", "--out", "run"), "--k: must be at least 1; got 0");
    }

    [Fact]
    public void Excluding_a_column_the_file_lacks_exits_2()
    {
        var dir = NewFolder(TwoGroups);
        ShouldFail(dir, CliRunner.Run(dir, "cluster", "--data", "x.csv", "--exclude", "customer", "--k", "2", "--out", "run"),
            "x.csv:1, column 'customer': the column to exclude is not in the header. Fix: name columns as the header writes them: id, a, b");
    }

    [Fact]
    public void Evaluate_refuses_labels_for_too_few_unknown_or_repeated_rows()
    {
        var dir = NewFolder(TwoGroups);
        File.WriteAllText(Path.Combine(dir, "short.csv"), "row,label\n0,1\n1,1\n2,0\n");
        File.WriteAllText(Path.Combine(dir, "unknown.csv"), "row,label\n0,1\n1,1\n2,0\n4,0\n");
        File.WriteAllText(Path.Combine(dir, "twice.csv"), "row,label\n0,1\n1,1\n1,0\n3,0\n");
        File.WriteAllText(Path.Combine(dir, "long.csv"), "label\n1\n1\n0\n0\n0\n");
        CliResult Evaluate(string labels) => CliRunner.Run(dir, "evaluate", "--data", "x.csv", "--exclude", "id", "--labels", labels);
        ShouldFail(dir, Evaluate("short.csv"), "short.csv: 3 rows are labelled but x.csv has 4 data rows; the first row without a label is row 3. Fix: label every data row once");
        ShouldFail(dir, Evaluate("unknown.csv"), "unknown.csv:5, column 'row': no such row: x.csv has 4 data rows, indexed 0–3 (value '4')");
        ShouldFail(dir, Evaluate("twice.csv"), "twice.csv:4, column 'row': row 1 is labelled twice (first on line 3) (value '1')");
        ShouldFail(dir, Evaluate("long.csv"), "long.csv:6: more labels than data rows: x.csv has 4 data rows");
        Evaluate("short.csv").Stdout.Should().BeEmpty("nothing is printed after an error");
    }
}
