using SegmentationKit.TestSupport;
using SegmentationKit.Errors;
using SegmentationKit.Evaluation;
using SegmentationKit.Profiling;

namespace SegmentationKit.Tests.Evaluation;

public class SegmentationComparerTests
{
    private static readonly SegmentationComparison Sample = ProfileSamples.Comparison();

    [Fact]
    public void Ari_and_nmi_match_scikit_learn_on_the_blobs_fixture()
    {
        // TestData/clustering/blobs_overlap_labels.csv and the reference values come from
        // TestData/clustering/clustering-reference.json (scikit-learn 1.2.1): metrics_on_kmeans_labels.ari_vs_truth / nmi_vs_truth.
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "clustering", "blobs_overlap_labels.csv"))
            .Skip(1).Select(l => l.Split(',')).ToList();
        var truth = rows.Select(r => int.Parse(r[0])).ToArray();
        var kmeans = rows.Select(r => int.Parse(r[1])).ToArray();
        var table = PartitionAgreement.Contingency(truth, 5, kmeans, 5);
        PartitionAgreement.AdjustedRandIndex(table).Should().BeApproximately(ClusteringReference.Value("blobs_overlap.metrics_on_kmeans_labels.ari_vs_truth"), 1e-12);
        PartitionAgreement.NormalizedMutualInformation(table).Should().BeApproximately(ClusteringReference.Value("blobs_overlap.metrics_on_kmeans_labels.nmi_vs_truth"), 1e-12);
    }

    [Fact]
    public void Identical_partitions_under_other_names_agree_fully()
    {
        var table = PartitionAgreement.Contingency([0, 0, 1, 1, 2], 3, [2, 2, 0, 0, 1], 3);
        PartitionAgreement.AdjustedRandIndex(table).Should().BeApproximately(1, 1e-12);
        PartitionAgreement.NormalizedMutualInformation(table).Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void Migration_matrix_counts_customers_in_each_pair_of_segments()
    {
        // value: key c01–c04, core c05 c06 c07 c11, small c08 c09 c10 c12; engagement: engaged c01–c05.
        var m = Sample.Agreements.Single().Migration;
        m.RowSegments.Should().Equal("key", "core", "small");
        m.ColumnSegments.Should().Equal("engaged", "others");
        m.Count("key", "engaged").Should().Be(4);
        m.Count("core", "engaged").Should().Be(1);
        m.Count("core", "others").Should().Be(3);
        m.Count("small", "others").Should().Be(4);
        m.Count("small", "engaged").Should().Be(0);
    }

    [Fact]
    public void Churn_variance_explained_and_spread_are_worked_out_by_hand()
    {
        // Churn 1/4, 1/4, 3/4 in three groups of 4 around 5/12: between SS = 2/3, total SS = 12·5/12·7/12 = 35/12 → η² = 8/35.
        var value = Sample.Segmentations[0];
        value.ChurnVarianceExplained!.Value.Should().BeApproximately(8.0 / 35, 1e-12);
        value.ChurnRateSpread!.Value.Should().BeApproximately(0.5, 1e-12);
        value.SizeBalance.Should().BeApproximately(1, 1e-12);
        value.SizeEntropy.Should().BeApproximately(Math.Log2(3), 1e-12);
        value.SmallestSegment.Should().Be(4);
        value.SegmentsBelowMinimumSize.Should().BeEmpty();
        var engagement = Sample.Segmentations[1];
        var h = -(5.0 / 12 * Math.Log2(5.0 / 12) + 7.0 / 12 * Math.Log2(7.0 / 12));
        engagement.SizeEntropy.Should().BeApproximately(h, 1e-12);
        engagement.SizeBalance.Should().BeApproximately(h, 1e-12); // log2(2) = 1
        // ARR (c10 missing → 11 customers): η² computed here from the group means.
        double[] key = [60000, 48000, 120000, 36000], core = [12000, 9600, 14400, 10800], small = [2400, 1800, 3000];
        var all = key.Concat(core).Concat(small).ToArray();
        var mean = all.Average();
        var between = new[] { key, core, small }.Sum(g => g.Length * Math.Pow(g.Average() - mean, 2));
        var total = all.Sum(v => Math.Pow(v - mean, 2));
        value.ArrVarianceExplained!.Value.Should().BeApproximately(between / total, 1e-12);
    }

    [Fact]
    public void Segmentations_of_different_customers_are_refused()
    {
        var other = new Segmentation("x", new Dictionary<string, string>(), null, [new SegmentDefinition("a", "A", "", "")],
            ["c01", "c02"], ["a", "a"]);
        var act = () => SegmentationComparer.Compare([("value", ProfileSamples.ValueSegmentation()), ("other", other)]);
        act.Should().Throw<DataValidationException>().WithMessage("*has 2 customers but 'value' has 12*");
    }

    [Fact]
    public void Comparison_json_round_trips_with_its_criteria()
    {
        var json = Sample.ToJson();
        var back = SegmentationComparison.FromJson(json);
        back.ToJson().Should().Be(json);
        back.Criteria.Select(c => c.Name).Should().Contain(["churn_variance_explained", "adjusted_rand_index", "size_balance"]);
    }
}
