using SegmentationKit.Errors;
using SegmentationKit.Evaluation;
using SegmentationKit.Features;
using SegmentationKit.Synthetic;

namespace SegmentationKit.Tests.Evaluation;

public class KSweepTests
{
    /// <summary>Four round blobs of 100 rows (sd 1) centred 10 apart on a square: k = 4 beyond doubt.</summary>
    private static FeatureMatrix FourBlobs(int seed = 7)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var centres = new[] { (0.0, 0.0), (10.0, 0.0), (0.0, 10.0), (10.0, 10.0) };
        var rows = new List<double[]>();
        foreach (var (cx, cy) in centres)
            for (var i = 0; i < 100; i++) rows.Add([cx + Normal(), cy + Normal()]);
        return FeatureMatrix.FromRows(rows, ["x", "y"]);
    }

    [Fact]
    public void Kmeans_bic_matches_the_hand_worked_example()
    {
        // 0, 2 | 10, 12: inertia 4, n = 4, k = 2, d = 1 → σ² = 4 / (1 · 2) = 2;
        // log L = 2 · 2 ln(1/2) − 4/2 · ln(2π · 2) − 1 · (4 − 2)/2 = −4 ln 2 − 2 ln 4π − 1;
        // p = (2 − 1) + 2 + 1 = 4 → BIC = −2 log L + 4 ln 4 = 16 ln 2 + 4 ln 4π + 2.
        KMeansBic.Of(4, [2, 2], 1).Should().BeApproximately(16 * Math.Log(2) + 4 * Math.Log(4 * Math.PI) + 2, 1e-12);
        KMeansBic.Of(0, [2, 2], 1).Should().Be(double.NaN, "zero inertia has no variance to estimate");
    }

    [Fact]
    public void The_sampled_silhouette_is_the_exact_one_when_the_sample_covers_the_rows_and_close_to_it_otherwise()
    {
        var x = FourBlobs();
        var labels = Enumerable.Range(0, 400).Select(i => i / 100).ToArray();
        var exact = ClusterQuality.Silhouette(x, labels);

        SampledSilhouette.Mean(x, labels, sampleSize: 400).Should().Be(exact);
        var sampled = SampledSilhouette.Mean(x, labels, sampleSize: 150, seed: 3);
        sampled.Should().BeApproximately(exact, 0.03).And.NotBe(exact);
        SampledSilhouette.Mean(x, labels, sampleSize: 150, seed: 3).Should().Be(sampled, "a seed gives the same sample");
    }

    [Fact]
    public void Bootstrap_stability_is_one_at_the_true_k_and_lower_when_k_cuts_a_group()
    {
        var x = FourBlobs();
        var result = KSweep.Run(x, new KSweepOptions { KMin = 3, KMax = 6, Seed = 1 });

        result[4].Stability.Should().BeGreaterThan(0.99);
        result[6].Stability.Should().BeLessThan(result[4].Stability);
    }

    [Fact]
    public void The_sweep_recommends_the_true_k_and_says_why()
    {
        var result = KSweep.Run(FourBlobs(), new KSweepOptions { KMin = 2, KMax = 8, Seed = 1 });

        result.Table.Select(r => r.K).Should().Equal(2, 3, 4, 5, 6, 7, 8);
        result.Recommendation.K.Should().Be(4);
        result.Recommendation.Votes["silhouette"].Should().Be(4);
        result.Recommendation.Votes["elbow"].Should().Be(4);
        result.Recommendation.Reasons[0].Should().StartWith("k = 4: highest silhouette").And.Contain("stability 1.00");
        result[4].InertiaDrop.Should().BeApproximately(1 - result[4].Inertia / result[3].Inertia, 1e-12);
        double.IsNaN(result[2].InertiaDrop).Should().BeTrue();
    }

    [Fact]
    public void The_sweep_recommends_the_six_segments_the_generator_planted()
    {
        var dataset = SyntheticBase.Generate(new SyntheticOptions { Customers = 2000, Seed = 42 });
        var pipeline = PreprocessingPipeline.Fit(dataset.Customers, new PreprocessingOptions
        {
            Columns = SyntheticBase.BehaviouralFeatures, Log1pColumns = SyntheticBase.BehaviouralFeatures,
        });
        var result = KSweep.Run(pipeline.Transform(dataset.Customers), new KSweepOptions { KMin = 3, KMax = 9, Seed = 42 });

        result.Recommendation.K.Should().Be(6, string.Join("\n", result.Recommendation.Reasons));
    }

    [Fact]
    public void A_bic_vote_for_more_clusters_than_recommended_carries_its_caveat()
    {
        // Silhouette, Calinski–Harabasz, Davies–Bouldin and the elbow say 3; BIC keeps falling to 6,
        // as it does on elongated clusters.
        KSweepRow Row(int k, double inertia, double sil, double db, double ch, double bic) =>
            new(k, inertia, double.NaN, sil, db, ch, bic, 0.95, 50, 10, true);
        var rows = new[]
        {
            Row(2, 1000, 0.50, 0.9, 300, 900), Row(3, 400, 0.70, 0.5, 500, 800), Row(4, 350, 0.55, 0.8, 400, 760),
            Row(5, 320, 0.50, 0.9, 380, 740), Row(6, 300, 0.45, 1.0, 360, 730),
        };
        var recommendation = KRecommender.Recommend(rows, 0.8, 1000);

        recommendation.K.Should().Be(3);
        recommendation.Votes["bic"].Should().Be(6);
        recommendation.Reasons.Should().Contain(r => r.StartsWith("The BIC vote (k = 6) assumes round clusters of one shared spread"));
        KRecommender.Recommend(rows.Select(r => r with { Bic = r.K == 3 ? 1 : 2 }).ToArray(), 0.8, 1000)
            .Reasons.Should().NotContain(r => r.Contains("BIC vote"));
    }

    [Fact]
    public void Two_identical_runs_give_identical_tables()
    {
        var options = new KSweepOptions { KMin = 2, KMax = 5, Seed = 9 };
        KSweep.Run(FourBlobs(), options).Table.Should().Equal(KSweep.Run(FourBlobs(), options).Table);
    }

    [Theory]
    [InlineData(1, 5, "k_min")]
    [InlineData(5, 4, "k_max")]
    [InlineData(2, 400, "k_max")]
    public void An_impossible_range_is_refused_naming_the_setting(int kMin, int kMax, string key)
    {
        var act = () => KSweep.Run(FourBlobs(), new KSweepOptions { KMin = kMin, KMax = kMax });
        act.Should().Throw<ConfigurationException>().WithMessage($"*{key}*");
    }
}
