using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Features;
using SegmentationKit.Segmenters.Clusters;

namespace SegmentationKit.Tests.Segmenters;

public class ClusterSegmenterTests
{
    // 90 customers in three planted groups of 30: heavy users (logins ~20, few tickets), strugglers
    // (logins ~3, many tickets) and occasional users (logins ~8, few tickets).
    private static CustomerTable ThreeGroups(int seed = 3)
    {
        var random = new Random(seed);
        var logins = new double[90];
        var tickets = new double[90];
        var plan = new string?[90];
        for (var i = 0; i < 90; i++)
        {
            var g = i / 30;
            logins[i] = (g == 0 ? 20 : g == 1 ? 3 : 8) + random.NextDouble() - 0.5;
            tickets[i] = (g == 1 ? 12 : 1) + random.NextDouble() - 0.5;
            plan[i] = g == 0 ? "Premium" : "Access";
        }
        return new CustomerTable("customers.csv", Enumerable.Range(1, 90).Select(i => $"c{i}").ToArray(),
        [
            new NumericColumn(CustomerColumns.LoginsPerWeek, logins),
            new NumericColumn(CustomerColumns.SupportTickets, tickets),
            CategoricalColumn.FromValues(CustomerColumns.Plan, plan),
        ]);
    }

    [Theory]
    [InlineData(ClusterAlgorithm.KMeans, "kmeans")]
    [InlineData(ClusterAlgorithm.GaussianMixture, "gmm")]
    [InlineData(ClusterAlgorithm.Ward, "ward")]
    [InlineData(ClusterAlgorithm.KPrototypes, "kprototypes")]
    public void Each_algorithm_finds_the_planted_groups_and_names_them_by_their_traits(ClusterAlgorithm algorithm, string method)
    {
        var data = new SegmentationData(ThreeGroups());
        var options = new ClusterSegmenterOptions
        {
            Algorithm = algorithm, Clusters = 3,
            Preprocessing = new PreprocessingOptions { Columns = [CustomerColumns.LoginsPerWeek, CustomerColumns.SupportTickets, CustomerColumns.Plan] },
        };

        var segmentation = new ClusterSegmenter(options).Fit(data).Assign(data);

        segmentation.Method.Should().Be(method);
        segmentation.SegmentIds.Take(30).Should().AllBe("c1");
        segmentation.SegmentIds.Skip(30).Take(30).Should().AllBe("c2");
        segmentation.SegmentIds.Skip(60).Should().AllBe("c3");
        segmentation.Segment("c2").Name.Should().Be("High support tickets, low logins per week");
        segmentation.Segment("c1").Description.Should().StartWith("30 customers (33.3%): ").And.Contain("logins per week 20.0");
        segmentation.Parameters["clusters"].Should().Be("3");
    }

    [Fact]
    public void Gaussian_mixture_segments_carry_membership_probabilities_and_the_bic()
    {
        var data = new SegmentationData(ThreeGroups());
        var model = new ClusterSegmenter(new ClusterSegmenterOptions { Clusters = 3 }).Fit(data);
        var segmentation = model.Assign(data);

        segmentation.CustomerMeasures["membership_probability"].Should().OnlyContain(p => p > 0.99 && p <= 1);
        double.Parse(segmentation.Parameters["bic"], System.Globalization.CultureInfo.InvariantCulture).Should().Be(model.Mixture!.Bic);
        segmentation.Parameters["columns"].Should().Be("logins_per_week, support_tickets"); // the default behaviour columns present
    }

    [Theory]
    [InlineData(ClusterAlgorithm.KMeans)]
    [InlineData(ClusterAlgorithm.GaussianMixture)]
    [InlineData(ClusterAlgorithm.Ward)]
    [InlineData(ClusterAlgorithm.KPrototypes)]
    public void A_model_read_back_from_json_assigns_new_customers_identically(ClusterAlgorithm algorithm)
    {
        var options = new ClusterSegmenterOptions
        {
            Algorithm = algorithm, Clusters = 3,
            Preprocessing = new PreprocessingOptions { Columns = [CustomerColumns.LoginsPerWeek, CustomerColumns.SupportTickets, CustomerColumns.Plan], Log1pColumns = [CustomerColumns.SupportTickets] },
        };
        var model = new ClusterSegmenter(options).Fit(new SegmentationData(ThreeGroups()));
        var fresh = new SegmentationData(ThreeGroups(seed: 99));

        var back = ClusterSegmentationModel.FromJson(model.ToJson());

        back.Assign(fresh).ToJson().Should().Be(model.Assign(fresh).ToJson());
    }

    [Fact]
    public void A_table_without_the_behaviour_columns_is_a_clear_error()
    {
        var table = new CustomerTable("customers.csv", ["a", "b"], [new NumericColumn("arr", [1, 2])]);

        var act = () => new ClusterSegmenter().Fit(new SegmentationData(table));

        act.Should().Throw<DataValidationException>().WithMessage("*logins_per_week*name the columns*");
    }
}
