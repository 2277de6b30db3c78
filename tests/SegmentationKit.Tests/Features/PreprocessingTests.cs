using SegmentationKit.TestSupport;
using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Tests.Features;

public class PreprocessingTests
{
    private static CustomerTable Table(params Column[] columns) =>
        new("customers.csv", Enumerable.Range(1, columns[0].Length).Select(i => $"c{i}").ToArray(), columns);

    [Fact]
    public void Standard_scaling_divides_by_the_population_standard_deviation()
    {
        var m = FeatureMatrix.FromRows([[1.0], [2.0], [3.0], [4.0]], ["x"]);
        var scaler = ColumnScaler.Fit(m, ScalingMethod.Standard);

        scaler.Centers[0].Should().Be(2.5);
        scaler.Scales[0].Should().BeApproximately(Math.Sqrt(1.25), 1e-15); // ddof = 0, not sqrt(5/3)
        scaler.Transform(m).Values[3].Should().BeApproximately(1.5 / Math.Sqrt(1.25), 1e-15);
    }

    [Fact]
    public void Robust_scaling_uses_the_median_and_interquartile_range()
    {
        var m = FeatureMatrix.FromRows([[1.0], [2.0], [3.0], [4.0], [100.0]], ["arr"]);
        var scaler = ColumnScaler.Fit(m, ScalingMethod.Robust);

        scaler.Centers[0].Should().Be(3);
        scaler.Scales[0].Should().Be(2); // Q3 = 4, Q1 = 2
        scaler.Transform(m).Values[4].Should().Be(48.5);
    }

    [Fact]
    public void Zero_variance_columns_are_reported_and_centred_not_divided_by_zero()
    {
        var m = FeatureMatrix.FromRows([[5.0, 1.0], [5.0, 3.0]], ["seats", "logins"]);
        var scaler = ColumnScaler.Fit(m, ScalingMethod.Standard);

        scaler.ZeroSpreadColumns.Should().Equal("seats");
        scaler.Transform(m).Values.Should().Equal(0, -1, 0, 1);
        scaler.Diagnostics.Should().ContainSingle().Which.Should().Contain("'seats' has zero variance");
    }

    [Fact]
    public void A_missing_value_is_an_error_naming_the_customer_row_and_column_by_default()
    {
        var table = Table(new NumericColumn("arr", [10, double.NaN, 30]));

        var act = () => PreprocessingPipeline.Fit(table);

        var e = act.Should().Throw<DataValidationException>().Which;
        e.Line.Should().Be(3);
        e.Column.Should().Be("arr");
        e.Message.Should().Contain("customer 'c2'").And.Contain("impute");
    }

    [Fact]
    public void Imputation_fills_the_median_most_frequent_level_and_reports_the_counts()
    {
        var table = Table(
            new NumericColumn("arr", [10, double.NaN, 30, 100]),
            CategoricalColumn.FromValues("plan", ["Access", "Premium", null, "Premium"]),
            new BooleanColumn("trial", [true, null, false, false]));
        var pipeline = PreprocessingPipeline.Fit(table, new PreprocessingOptions { Scaling = ScalingMethod.None, MissingValues = MissingValuePolicy.Impute });

        pipeline.FeatureNames.Should().Equal("arr", "plan=Access", "plan=Premium", "trial");
        var x = pipeline.Transform(table);
        x.Row(1).ToArray().Should().Equal(30, 0, 1, 0); // median of 10, 30, 100; trial: false is more frequent
        x.Row(2).ToArray().Should().Equal(30, 0, 1, 0);
        pipeline.Diagnostics.Should().Contain(d => d.Contains("'arr': 1 missing value(s) imputed with 30"))
            .And.Contain(d => d.Contains("'plan': 1 missing value(s) imputed with Premium"));
    }

    [Fact]
    public void Log1p_applies_before_scaling_and_negative_values_are_refused()
    {
        var table = Table(new NumericColumn("arr", [0, Math.E - 1, 99]));
        var pipeline = PreprocessingPipeline.Fit(table, new PreprocessingOptions { Log1pColumns = ["arr"], Scaling = ScalingMethod.None });
        pipeline.Transform(table).Values[1].Should().BeApproximately(1, 1e-15);

        var bad = Table(new NumericColumn("arr", [0, -5, 99]));
        var act = () => pipeline.Transform(bad);
        act.Should().Throw<DataValidationException>().Which.Message.Should().Contain("log1p").And.Contain("'c2'");
    }

    [Fact]
    public void One_hot_keeps_the_fitted_levels_and_an_unseen_level_encodes_as_zeros()
    {
        var train = Table(CategoricalColumn.FromValues("industry", ["Retail", "Food", "Retail"]), new NumericColumn("seats", [1, 2, 3]));
        var pipeline = PreprocessingPipeline.Fit(train);
        var fresh = Table(CategoricalColumn.FromValues("industry", ["Media", "Food"]), new NumericColumn("seats", [2, 3]));

        var x = pipeline.Transform(fresh);

        pipeline.FeatureNames.Should().Equal("industry=Retail", "industry=Food", "seats");
        x.Row(0).ToArray().Should().Equal(0, 0, 0); // seats 2 is the training mean
        x.Row(1)[1].Should().Be(1);
        x.Row(1)[2].Should().BeApproximately(1 / Math.Sqrt(2.0 / 3), 1e-15);
    }

    [Fact]
    public void A_pipeline_read_back_from_json_transforms_exactly_as_the_original()
    {
        var table = Table(
            new NumericColumn("arr", [1200, 56000, 3400, 990, 150000]),
            new NumericColumn("tickets", [0, 3, 1, 8, 2]),
            CategoricalColumn.FromValues("plan", ["Access", "Premium", "Access", "Standard", "Premium"]));
        var pipeline = PreprocessingPipeline.Fit(table, new PreprocessingOptions { Log1pColumns = ["arr"], Scaling = ScalingMethod.Robust, PrincipalComponents = 2 });

        var back = PreprocessingPipeline.FromJson(pipeline.ToJson());

        back.Transform(table).Values.Should().Equal(pipeline.Transform(table).Values);
        back.FeatureNames.Should().Equal("pc1", "pc2");
        back.ToJson().Should().Be(pipeline.ToJson());
    }

    [Fact]
    public void Pca_finds_the_rotated_axes_and_their_explained_variance()
    {
        // Scores (2, 0, -2, 0) on (0.8, 0.6) and (0, 1, 0, -1) on (-0.6, 0.8): variances 8/3 and 2/3 (n - 1 = 3).
        var m = FeatureMatrix.FromRows([[1.6, 1.2], [-0.6, 0.8], [-1.6, -1.2], [0.6, -0.8]]);
        var pca = PrincipalComponents.Fit(m, 2);

        pca.ExplainedVariance[0].Should().BeApproximately(8.0 / 3, 1e-12);
        pca.ExplainedVariance[1].Should().BeApproximately(2.0 / 3, 1e-12);
        pca.ExplainedVarianceRatio.Should().BeEquivalentTo(new[] { 0.8, 0.2 }, o => o.Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-12)).WhenTypeIs<double>());
        pca.Components[0].Should().BeApproximately(0.8, 1e-12);
        pca.Components[1].Should().BeApproximately(0.6, 1e-12);
        pca.Components[2].Should().BeApproximately(-0.6, 1e-12); // sign such that the larger loading, 0.8, is positive
        pca.Components[3].Should().BeApproximately(0.8, 1e-12);
        var scores = pca.Transform(m);
        scores.Values.Select(v => Math.Round(v, 12) + 0.0).Should().Equal(2, 0, 0, 1, -2, 0, 0, -1);
    }

    [Fact]
    public void Log1p_and_standard_scaling_reproduce_scikit_learns_wholesale_transform()
    {
        // Data: UCI Wholesale customers, TestData/wholesale/ (Cardoso 2014, CC BY 4.0).
        // Reference: TestData/clustering/clustering-reference.json, wholesale
        // metrics_on_Region_transformed.calinski_harabasz (scikit-learn 1.2.1 on log1p then
        // (x − mean) / population sd). CH depends on every transformed value.
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "wholesale", "wholesale_customers.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        string[] spend = ["Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"];
        var columns = spend.Select(name => (Column)new NumericColumn(name, rows.Select(r => r[Array.IndexOf(header, name)]).ToArray()));
        var table = new CustomerTable("wholesale_customers.csv", rows.Select(r => r[0].ToString(CultureInfo.InvariantCulture)).ToArray(), columns);
        var region = rows.Select(r => (int)r[2]).ToArray();

        var x = PreprocessingPipeline.Fit(table, new PreprocessingOptions { Log1pColumns = spend }).Transform(table);

        var reference = ClusteringReference.Value("wholesale.metrics_on_Region_transformed.calinski_harabasz");
        CalinskiHarabasz(x, region).Should().BeApproximately(reference, 1e-9 * reference);
    }

    private static double CalinskiHarabasz(FeatureMatrix x, int[] labels)
    {
        var groups = labels.Distinct().ToArray();
        int n = x.Rows, d = x.Columns;
        var mean = Enumerable.Range(0, d).Select(j => Enumerable.Range(0, n).Average(i => x[i, j])).ToArray();
        double within = 0, between = 0;
        foreach (var g in groups)
        {
            var members = Enumerable.Range(0, n).Where(i => labels[i] == g).ToArray();
            for (var j = 0; j < d; j++)
            {
                var c = members.Average(i => x[i, j]);
                within += members.Sum(i => (x[i, j] - c) * (x[i, j] - c));
                between += members.Length * (c - mean[j]) * (c - mean[j]);
            }
        }
        return between / (groups.Length - 1) / (within / (n - groups.Length));
    }
}
