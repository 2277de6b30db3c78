using BenchmarkDotNet.Attributes;
using SegmentationKit.Data;
using SegmentationKit.Segmenters.Rfm;
using SegmentationKit.Segmenters.Rules;

namespace SegmentationKit.Benchmarks;

/// <summary>RFM scoring on 1,000,000 orders of 100,000 customers, and a rule set (sets, ranges,
/// AND/OR/NOT, exhaustive bands) on 1,000,000 customers. Data built in memory from a fixed seed.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 3)]
public class SegmentationModelBenchmarks
{
    private const int Orders = 1_000_000;
    private const int RfmCustomers = 100_000;
    private const int RuleCustomers = 1_000_000;

    private SegmentationData _rfmData = null!;
    private RfmModel _rfmModel = null!;
    private SegmentationData _ruleData = null!;
    private RulesModel _rulesModel = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(20241231);
        var asOf = new DateOnly(2024, 12, 31);
        var ids = Enumerable.Range(0, RfmCustomers).Select(i => $"c{i:000000}").ToArray();
        var customers = new CustomerTable("benchmark", ids, []);
        var orderIds = new string[Orders];
        var dates = new DateOnly[Orders];
        var amounts = new double[Orders];
        for (var i = 0; i < Orders; i++)
        {
            orderIds[i] = ids[rng.Next(RfmCustomers)];
            dates[i] = asOf.AddDays(-rng.Next(730));
            amounts[i] = Math.Round(20 + 500 * rng.NextDouble() * rng.NextDouble(), 2);
        }
        _rfmData = new SegmentationData(customers, new TransactionLog("benchmark", orderIds, dates, amounts), asOf);
        _rfmModel = new RfmSegmenter().Fit(_rfmData);

        string[] industries = ["Banking-Insurance", "Retail", "Food", "Media", "Services", "Industry", "Public"];
        var ruleIds = Enumerable.Range(0, RuleCustomers).Select(i => $"r{i:0000000}").ToArray();
        var industry = new int[RuleCustomers];
        var employees = new double[RuleCustomers];
        var signup = new DateOnly?[RuleCustomers];
        for (var i = 0; i < RuleCustomers; i++)
        {
            industry[i] = rng.Next(industries.Length);
            employees[i] = Math.Ceiling(Math.Exp(rng.NextDouble() * 9));
            signup[i] = asOf.AddDays(-rng.Next(3000));
        }
        _ruleData = new SegmentationData(new CustomerTable("benchmark", ruleIds,
        [
            new CategoricalColumn(CustomerColumns.Industry, industry, industries),
            new NumericColumn(CustomerColumns.Employees, employees),
            new DateColumn(CustomerColumns.SignupDate, signup),
        ]));
        var rules = new RuleSetBuilder("benchmark")
            .Segment("Large banks", When.All(When.Column("industry").Is("Banking-Insurance"), When.Column("employees").AtLeast(1000)))
            .Segment("Retail and Food", When.Column("industry").In("Retail", "Food"))
            .Segment("New in 2024", When.Column("signup_date").Dated(new DateOnly(2024, 1, 1), null).And(When.Not(When.Column("industry").Is("Public"))))
            .Bands("employees", exhaustive: true, b => b.Band("1-49", null, 50).Band("50-249", 50, 250).Band("250-999", 250, 1000).Band("1000+", 1000, null))
            .Fallback("Other")
            .Build();
        _rulesModel = new RulesSegmenter(rules).Fit(_ruleData);
    }

    /// <summary>Fit (aggregate 1M orders, type-7 quantile cuts) and assign (aggregate again, score, name).</summary>
    [Benchmark]
    public Segmentation RfmFitAndAssign1MOrders() => new RfmSegmenter().Fit(_rfmData).Assign(_rfmData);

    [Benchmark]
    public Segmentation RfmAssign1MOrders() => _rfmModel.Assign(_rfmData);

    [Benchmark]
    public Segmentation RulesAssign1MCustomers() => _rulesModel.Assign(_ruleData);
}
