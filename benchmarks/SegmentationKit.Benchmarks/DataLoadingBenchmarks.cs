using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SegmentationKit.Data;

namespace SegmentationKit.Benchmarks;

/// <summary>Loading a 1,000,000-customer base (31 columns, as the generator writes them) and a
/// transaction log of about 3,000,000 rows (0–6 per customer, listed customer by customer, as the
/// generator writes it), both written once in <see cref="Setup"/> with a fixed seed.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 3)]
public class DataLoadingBenchmarks
{
    private const int CustomerCount = 1_000_000;
    private string _folder = "";
    private string _customers = "";
    private string _transactions = "";
    private CustomerTable? _customerTable;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"segkit-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        _customers = Path.Combine(_folder, "customers.csv");
        _transactions = Path.Combine(_folder, "transactions.csv");
        WriteCustomers(_customers, new Random(42));
        WriteTransactions(_transactions, new Random(43));
        _customerTable = CustomerCsv.Load(_customers);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int LoadCustomers() => CustomerCsv.Load(_customers).RowCount;

    [Benchmark]
    public int LoadTransactionsCheckedAgainstCustomers() => TransactionCsv.Load(_transactions, customers: _customerTable).Count;

    private static readonly string[] Plans = ["Freemium", "Access", "Standard", "Premium", "Enterprise"];
    private static readonly string[] Countries = ["FR", "DE", "ES", "IT", "BE", "NL", "GB", "US"];
    private static readonly string[] Regions = ["North", "South", "East", "West"];

    private static void WriteCustomers(string path, Random rng)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("customer_id,industry,country,region,employees,plan,arr,mrr,seats,modules_subscribed,modules_available,signup_date," +
                "weekly_active_users,logins_per_week,feature_adoption,support_tickets,nps,trial,trial_converted,churned,churn_date," +
                "first_tool_of_kind,team_size,module_complexity");
        for (var k = 1; k <= 7; k++) w.Write($",need_{k}");
        w.Write('\n');
        var start = new DateOnly(2018, 1, 1);
        for (var i = 0; i < CustomerCount; i++)
        {
            var arr = Math.Round(Math.Exp(8 + 1.5 * rng.NextDouble() * 3), 2);
            var churned = rng.NextDouble() < 0.2;
            var signup = start.AddDays(rng.Next(0, 2500));
            var trial = rng.NextDouble() < 0.5;
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"C{i:D7},{CustomerColumns.Industries[rng.Next(7)]},{Countries[rng.Next(8)]},{Regions[rng.Next(4)]},{rng.Next(1, 5000)}," +
                $"{Plans[rng.Next(5)]},{arr},{Math.Round(arr / 12, 2)},{rng.Next(1, 500)},{rng.Next(1, 12)},12,{signup:yyyy-MM-dd}," +
                $"{rng.Next(0, 400)},{Math.Round(rng.NextDouble() * 20, 1)},{Math.Round(rng.NextDouble(), 3)},{rng.Next(0, 30)}," +
                $"{(rng.NextDouble() < 0.3 ? "" : rng.Next(0, 11).ToString(CultureInfo.InvariantCulture))}," +
                $"{(trial ? "true" : "false")},{(trial ? (rng.NextDouble() < 0.4 ? "true" : "false") : "")},{(churned ? "true" : "false")}," +
                $"{(churned ? signup.AddDays(rng.Next(30, 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}," +
                $"{(rng.NextDouble() < 0.5 ? "true" : "false")},{rng.Next(1, 200)},{rng.Next(1, 4)}"));
            for (var k = 0; k < 7; k++)
                w.Write(rng.NextDouble() < 0.25 ? "," : string.Create(CultureInfo.InvariantCulture, $",{rng.Next(1, 6)}"));
            w.Write('\n');
        }
    }

    private static void WriteTransactions(string path, Random rng)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("customer_id,date,amount\n");
        var start = new DateOnly(2020, 1, 1);
        for (var c = 0; c < CustomerCount; c++)
        {
            var count = rng.Next(0, 7);
            for (var i = 0; i < count; i++)
                w.Write(string.Create(CultureInfo.InvariantCulture,
                    $"C{c:D7},{start.AddDays(rng.Next(0, 2000)):yyyy-MM-dd},{Math.Round(rng.NextDouble() * 5000, 2)}\n"));
        }
    }
}
