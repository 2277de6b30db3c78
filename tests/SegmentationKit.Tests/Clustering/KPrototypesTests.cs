using SegmentationKit.Clustering;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Tests.Clustering;

public class KPrototypesTests
{
    // Six customers: spend 0, 0, 0 with plans A, A, B and spend 10, 10, 10 with plans B, B, A.
    // By spend: no numeric cost and one plan mismatch per cluster → cost 2γ, prototypes (0, A) and (10, B).
    // By plan: means 10/3 and 20/3 → 2 · (2 · (10/3)² + (20/3)²) = 133.3, far worse for any γ below 66.
    private static readonly FeatureMatrix Spend = FeatureMatrix.FromRows([[0.0], [0.0], [0.0], [10.0], [10.0], [10.0]], ["spend"]);
    private static readonly CategoricalMatrix Plan = CategoricalMatrix.FromRows([["A"], ["A"], ["B"], ["B"], ["B"], ["A"]], ["plan"]);

    [Theory]
    [InlineData(1.0)]
    [InlineData(25.0)]
    public void Cost_is_squared_distance_plus_gamma_per_mismatch(double gamma)
    {
        var model = new KPrototypes(new KPrototypesOptions { Clusters = 2, Gamma = gamma, Seed = 1 }).Fit(Spend, Plan);

        model.Cost.Should().Be(2 * gamma);
        model.Labels.Should().Equal(0, 0, 0, 1, 1, 1);
        model.NumericPrototypes.Should().Equal(0, 10);
        model.CategoricalPrototypes.Should().Equal("A", "B");
        model.Converged.Should().BeTrue();
    }

    [Theory]
    [InlineData(1.0, 0)]   // (4, B): 4² + 1 = 17 to (0, A) against 6² = 36 to (10, B)
    [InlineData(25.0, 1)]  // 16 + 25 = 41 against 36
    public void Gamma_weighs_a_category_mismatch_against_distance(double gamma, int expected)
    {
        var model = new KPrototypes(new KPrototypesOptions { Clusters = 2, Gamma = gamma, Seed = 1 }).Fit(Spend, Plan);

        model.Predict(FeatureMatrix.FromRows([[4.0]], ["spend"]), CategoricalMatrix.FromRows([["B"]], ["plan"])).Should().Equal(expected);
    }

    [Fact]
    public void Default_gamma_is_half_the_mean_numeric_standard_deviation()
    {
        // Population sds: spend √1.25, seats 0 (constant) → γ = ½ · (√1.25 + 0) / 2.
        var numeric = FeatureMatrix.FromRows([[0.0, 5], [1.0, 5], [2.0, 5], [3.0, 5]], ["spend", "seats"]);

        KPrototypes.DefaultGamma(numeric).Should().BeApproximately(0.25 * Math.Sqrt(1.25), 1e-15);
        new KPrototypes(new KPrototypesOptions { Clusters = 2 }).Fit(numeric, CategoricalMatrix.FromRows([["A"], ["B"], ["A"], ["B"]], ["plan"])).Gamma.Should().BeApproximately(0.25 * Math.Sqrt(1.25), 1e-15);
    }

    [Fact]
    public void Same_seed_same_result_and_an_unseen_category_matches_no_prototype()
    {
        var options = new KPrototypesOptions { Clusters = 2, Gamma = 25, Seed = 9 };
        var model = new KPrototypes(options).Fit(Spend, Plan);
        new KPrototypes(options).Fit(Spend, Plan).Labels.Should().Equal(model.Labels);

        // Plan C mismatches both prototypes, so the nearer spend decides.
        model.Predict(FeatureMatrix.FromRows([[4.0], [6.0]], ["spend"]), CategoricalMatrix.FromRows([["C"], ["C"]], ["plan"])).Should().Equal(0, 1);
        KPrototypesModel.FromJson(model.ToJson()).Predict(Spend, Plan).Should().Equal(model.Labels);
    }

    [Fact]
    public void More_clusters_than_distinct_rows_is_a_clear_error()
    {
        var act = () => new KPrototypes(new KPrototypesOptions { Clusters = 3 })
            .Fit(FeatureMatrix.FromRows([[1.0], [1.0], [2.0]]), CategoricalMatrix.FromRows([["A"], ["A"], ["B"]], ["plan"]));

        act.Should().Throw<ModelException>().WithMessage("*only 2*");
    }
}
