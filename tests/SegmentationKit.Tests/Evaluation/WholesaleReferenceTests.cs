using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Evaluation;
using SegmentationKit.Features;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Tests.Evaluation;

/// <summary>The kit's metrics on the UCI Wholesale customers (TestData/wholesale/, Cardoso 2014, CC BY
/// 4.0) against scikit-learn 1.2.1's on the same partitions (clustering-reference.json, "wholesale"):
/// the Channel codes on the raw spend, the Region codes on the log1p-and-standardised spend, and
/// scikit-learn's own k-means labels (wholesale_labels.csv).</summary>
public class WholesaleReferenceTests
{
    private static readonly string[] Spend = ["Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"];

    [Theory]
    [InlineData("metrics_on_Channel_raw_spend", "Channel", false)]
    [InlineData("metrics_on_Region_transformed", "Region", true)]
    public void Quality_metrics_of_the_code_partitions_agree_with_scikit_learn(string reference, string codeColumn, bool transformed)
    {
        var (table, codes) = Load();
        var x = transformed
            ? PreprocessingPipeline.Fit(table, new PreprocessingOptions { Log1pColumns = Spend }).Transform(table)
            : PreprocessingPipeline.Fit(table, new PreprocessingOptions { Scaling = ScalingMethod.None }).Transform(table);
        var labels = codes[codeColumn];
        var expected = ClusteringReference.Values("wholesale." + reference);

        ClusterQuality.Silhouette(x, labels).Should().BeApproximately(expected["silhouette"], 1e-9 * Math.Abs(expected["silhouette"]));
        ClusterQuality.DaviesBouldin(x, labels).Should().BeApproximately(expected["davies_bouldin"], 1e-9 * expected["davies_bouldin"]);
        ClusterQuality.CalinskiHarabasz(x, labels).Should().BeApproximately(expected["calinski_harabasz"], 1e-9 * expected["calinski_harabasz"]);
    }

    [Fact]
    public void Agreement_between_channel_region_and_scikit_learns_kmeans_agrees_with_scikit_learn()
    {
        var (_, codes) = Load();
        var kmeans = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "clustering", "wholesale_labels.csv"))
            .Skip(1).Select(l => int.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();
        var channelRegion = PartitionAgreement.Contingency(codes["Channel"], 2, codes["Region"], 3);
        var kmeansChannel = PartitionAgreement.Contingency(kmeans, 4, codes["Channel"], 2);

        PartitionAgreement.AdjustedRandIndex(channelRegion).Should().BeApproximately(ClusteringReference.Value("wholesale.ari_Channel_vs_Region"), 1e-12);
        PartitionAgreement.NormalizedMutualInformation(channelRegion).Should().BeApproximately(ClusteringReference.Value("wholesale.nmi_Channel_vs_Region"), 1e-12);
        PartitionAgreement.AdjustedRandIndex(kmeansChannel).Should().BeApproximately(ClusteringReference.Value("wholesale.ari_kmeans_k4_vs_Channel"), 1e-12);
    }

    /// <summary>The six spend columns as a customer table, and the Channel (1, 2) and Region (1, 2, 3)
    /// codes as labels from 0.</summary>
    private static (CustomerTable Table, Dictionary<string, int[]> Codes) Load()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "wholesale", "wholesale_customers.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var columns = Spend.Select(name => (Column)new NumericColumn(name, rows.Select(r => r[Array.IndexOf(header, name)]).ToArray()));
        var table = new CustomerTable("wholesale_customers.csv", rows.Select(r => r[0].ToString(CultureInfo.InvariantCulture)).ToArray(), columns);
        var codes = new[] { "Channel", "Region" }.ToDictionary(c => c, c => rows.Select(r => (int)r[Array.IndexOf(header, c)] - 1).ToArray());
        return (table, codes);
    }
}
