using SegmentationKit.Clustering;
using SegmentationKit.Data;
using SegmentationKit.Features;
using SegmentationKit.Segmenters.Clusters;
using SegmentationKit.Synthetic;

namespace SegmentationKit.Tests.Synthetic;

public class SyntheticSegmentTests(SyntheticBaseFixture fixture) : IClassFixture<SyntheticBaseFixture>
{
    private readonly SyntheticDataset _data = fixture.Data;

    [Fact]
    public void K_means_on_the_behavioural_features_recovers_the_planted_segments()
    {
        var columns = SyntheticBase.BehaviouralFeatures.Select(f => _data.Customers.Numeric(f).Values.ToArray()).ToList();
        columns.Should().OnlyContain(c => c.All(v => !double.IsNaN(v) && v >= 0), "log1p needs complete, non-negative features");
        var x = SeparationCheck.Log1pStandardised(columns);
        var labels = SeparationCheck.KMeans(x, k: 6, restarts: 5, seed: 1);
        // The promise is ARI ≥ 0.9; the generator delivers about 0.99, so a drop below 0.95 means it changed.
        SeparationCheck.AdjustedRandIndex(labels, _data.TrueSegments).Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Theory]
    [InlineData(CovarianceType.Full)]
    [InlineData(CovarianceType.Diagonal)]
    public void A_gaussian_mixture_on_the_behavioural_features_recovers_the_planted_segments(CovarianceType covariance)
    {
        var features = SyntheticBase.BehaviouralFeatures;
        var options = new ClusterSegmenterOptions
        {
            Algorithm = ClusterAlgorithm.GaussianMixture,
            Clusters = 6,
            Covariance = covariance,
            Preprocessing = new PreprocessingOptions { Columns = features, Log1pColumns = features },
        };
        var data = new SegmentationData(_data.Customers);
        var segmentation = new ClusterSegmenter(options).Fit(data).Assign(data);
        SeparationCheck.AdjustedRandIndex(segmentation.SegmentIds, _data.TrueSegments).Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Segments_have_their_planned_shares()
    {
        double[] planned = [0.12, 0.08, 0.28, 0.20, 0.20, 0.12];
        for (var s = 0; s < planned.Length; s++)
        {
            var share = _data.TrueSegments.Count(l => l == SyntheticBase.SegmentLabels[s]) / (double)_data.TrueSegments.Count;
            share.Should().BeApproximately(planned[s], 0.01, SyntheticBase.SegmentLabels[s]);
        }
    }

    [Fact]
    public void At_risk_accounts_churn_most_and_champions_least()
    {
        var churn = Rate(CustomerColumns.Churned);
        churn[BehaviouralSegment.AtRiskLargeAccounts].Should().BeGreaterThan(0.28);
        churn[BehaviouralSegment.AdoptionChampions].Should().BeLessThan(0.04);
        churn.Values.Max().Should().Be(churn[BehaviouralSegment.AtRiskLargeAccounts]);
        churn.Values.Min().Should().Be(churn[BehaviouralSegment.AdoptionChampions]);
        churn[BehaviouralSegment.LowTouchSmallAccounts].Should().BeGreaterThan(2 * churn[BehaviouralSegment.GrowingMidMarket]);
    }

    [Fact]
    public void Champions_recommend_the_product_and_at_risk_accounts_do_not()
    {
        var nps = _data.Customers.Numeric(CustomerColumns.Nps);
        var mean = Enum.GetValues<BehaviouralSegment>().ToDictionary(s => s, s =>
            Rows(s).Select(i => nps[i]).Where(v => !double.IsNaN(v)).Average());
        mean[BehaviouralSegment.AdoptionChampions].Should().BeGreaterThan(8.5);
        mean[BehaviouralSegment.AtRiskLargeAccounts].Should().BeLessThan(4.5);
        mean.Values.Max().Should().Be(mean[BehaviouralSegment.AdoptionChampions]);
        mean.Values.Min().Should().Be(mean[BehaviouralSegment.AtRiskLargeAccounts]);
    }

    [Fact]
    public void Trials_convert_most_among_champions_and_never_among_dormant_free_accounts()
    {
        var trial = _data.Customers.Boolean(CustomerColumns.Trial);
        var converted = _data.Customers.Boolean(CustomerColumns.TrialConverted);
        var conversion = Enum.GetValues<BehaviouralSegment>().ToDictionary(s => s, s =>
        {
            var trials = Rows(s).Where(i => trial[i] == true).ToArray();
            return trials.Count(i => converted[i] == true) / (double)trials.Length;
        });
        conversion[BehaviouralSegment.DormantFreemium].Should().Be(0);
        conversion.Values.Max().Should().Be(conversion[BehaviouralSegment.AdoptionChampions]);
        conversion[BehaviouralSegment.LowTouchSmallAccounts].Should().BeInRange(0.4, 0.6);
    }

    private IEnumerable<int> Rows(BehaviouralSegment segment)
    {
        var label = SyntheticBase.SegmentLabel(segment);
        return Enumerable.Range(0, _data.TrueSegments.Count).Where(i => _data.TrueSegments[i] == label);
    }

    private Dictionary<BehaviouralSegment, double> Rate(string booleanColumn)
    {
        var column = _data.Customers.Boolean(booleanColumn);
        return Enum.GetValues<BehaviouralSegment>().ToDictionary(s => s, s =>
        {
            var rows = Rows(s).ToArray();
            return rows.Count(i => column[i] == true) / (double)rows.Length;
        });
    }
}
