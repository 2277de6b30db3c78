using SegmentationKit.Data;
using SegmentationKit.IO;

namespace SegmentationKit.Synthetic;

/// <summary>The deterministic generator of a B2B SaaS customer base with six planted behavioural
/// segments (see <see cref="BehaviouralSegment"/>). Every customer is drawn from its own random stream
/// seeded by (seed, customer number), so the output depends only on the options, never on the thread
/// count, and the first n customers of a larger base are the same n customers.</summary>
public static class SyntheticBase
{
    public const string CustomersFile = "customers.csv";
    public const string TransactionsFile = "transactions.csv";
    public const string TruthFile = "truth.csv";
    /// <summary>Column of truth.csv holding the planted segment label.</summary>
    public const string TruthSegmentColumn = "segment";

    /// <summary>Customers per parallel chunk. Part of nothing observable: any value gives the same files.</summary>
    private const int ChunkSize = 4096;

    /// <summary>The as-of date used unless told otherwise, so the output never depends on today's date.</summary>
    public static DateOnly DefaultAsOf { get; } = new(2026, 6, 30);

    /// <summary>The behavioural columns that separate the planted segments: after log1p and standard
    /// scaling, k-means or a Gaussian mixture with six clusters recovers the segments (ARI ≥ 0.9).
    /// All three are continuous (no pile of equal values), which a Gaussian mixture needs; counts
    /// such as seats and support tickets follow the segments too but are left out for that reason.</summary>
    public static IReadOnlyList<string> BehaviouralFeatures { get; } =
        [CustomerColumns.WeeklyActiveUsers, CustomerColumns.LoginsPerWeek, CustomerColumns.FeatureAdoption];

    /// <summary>The header of customers.csv, in file order.</summary>
    public static IReadOnlyList<string> CustomerFileColumns { get; } =
    [
        CustomerColumns.CustomerId, CustomerColumns.Industry, CustomerColumns.Country, CustomerColumns.Region,
        CustomerColumns.Employees, CustomerColumns.Plan, CustomerColumns.BillingPeriod, CustomerColumns.Arr,
        CustomerColumns.Mrr, CustomerColumns.Seats, CustomerColumns.ModulesSubscribed, CustomerColumns.ModulesAvailable,
        CustomerColumns.SignupDate, CustomerColumns.WeeklyActiveUsers, CustomerColumns.LoginsPerWeek,
        CustomerColumns.FeatureAdoption, CustomerColumns.SupportTickets, CustomerColumns.Nps, CustomerColumns.Trial,
        CustomerColumns.TrialConverted, CustomerColumns.Churned, CustomerColumns.ChurnDate,
        CustomerColumns.FirstToolOfKind, CustomerColumns.TeamSize, CustomerColumns.ModuleComplexity,
        .. CustomerColumns.SurveyNeeds.Select(CustomerColumns.Need),
    ];

    /// <summary>Segment labels as written in truth.csv, in <see cref="BehaviouralSegment"/> order.</summary>
    public static IReadOnlyList<string> SegmentLabels { get; } =
        ["power_users", "at_risk_large_accounts", "low_touch_small_accounts", "growing_mid_market", "dormant_freemium", "adoption_champions"];

    public static string SegmentLabel(BehaviouralSegment segment) => SegmentLabels[(int)segment];

    /// <summary>Id of the customer at 0-based <paramref name="index"/> in a base of <paramref name="customers"/>:
    /// "C" and the 1-based number padded to at least 7 digits (C0000001).</summary>
    public static string CustomerId(int index, int customers)
    {
        var width = IdWidth(customers);
        Span<byte> id = stackalloc byte[width + 1];
        FormatCustomerId(index, width, id);
        return System.Text.Encoding.ASCII.GetString(id);
    }

    /// <summary>Generates the base in memory.</summary>
    public static SyntheticDataset Generate(SyntheticOptions options)
    {
        var n = options.Customers;
        var customers = new SyntheticCustomer[n];
        var chunkCount = (n + ChunkSize - 1) / ChunkSize;
        var chunkDates = new DateOnly[chunkCount][];
        var chunkCents = new long[chunkCount][];
        var chunkOwners = new int[chunkCount][];
        Parallel.For(0, chunkCount, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, k =>
        {
            var scratch = new TransactionScratch();
            var dates = new List<DateOnly>();
            var cents = new List<long>();
            var owners = new List<int>();
            var end = Math.Min(n, (k + 1) * ChunkSize);
            for (var i = k * ChunkSize; i < end; i++)
            {
                CustomerGenerator.Generate(options.Seed, i, options.AsOf, ref customers[i], scratch);
                foreach (var d in scratch.Dates) dates.Add(d);
                foreach (var c in scratch.Cents) cents.Add(c);
                for (var t = 0; t < scratch.Count; t++) owners.Add(i);
            }
            chunkDates[k] = dates.ToArray();
            chunkCents[k] = cents.ToArray();
            chunkOwners[k] = owners.ToArray();
        });

        var width = IdWidth(n);
        var ids = new string[n];
        Span<byte> buffer = stackalloc byte[width + 1];
        for (var i = 0; i < n; i++)
        {
            FormatCustomerId(i, width, buffer);
            ids[i] = System.Text.Encoding.ASCII.GetString(buffer);
        }

        var total = chunkDates.Sum(d => d.Length);
        var txIds = new string[total];
        var txDates = new DateOnly[total];
        var txAmounts = new double[total];
        var row = 0;
        for (var k = 0; k < chunkCount; k++)
            for (var t = 0; t < chunkDates[k].Length; t++, row++)
            {
                txIds[row] = ids[chunkOwners[k][t]];
                txDates[row] = chunkDates[k][t];
                txAmounts[row] = chunkCents[k][t] / 100.0;
            }

        var table = new CustomerTable("synthetic", ids, SyntheticColumns.Build(customers));
        var log = new TransactionLog("synthetic", txIds, txDates, txAmounts);
        var truth = customers.Select(c => SegmentLabel(c.Segment)).ToArray();
        return new SyntheticDataset(table, log, truth, options);
    }

    /// <summary>Writes customers.csv, transactions.csv and truth.csv into <paramref name="output"/>
    /// (staged: they appear only when the caller commits). See <see cref="Write"/> for the format.</summary>
    public static SyntheticSummary WriteCsv(SyntheticOptions options, OutputFolder output)
    {
        using var customers = Create(output.PathFor(CustomersFile));
        using var transactions = Create(output.PathFor(TransactionsFile));
        using var truth = Create(output.PathFor(TruthFile));
        return Write(options, customers, transactions, truth);
    }

    /// <summary>Writes the three CSV files to the given streams: UTF-8 without BOM, comma separated,
    /// invariant numbers, ISO dates, an empty cell for a missing value, LF line ends. Customers are
    /// generated in parallel chunks and written in order.</summary>
    public static SyntheticSummary Write(SyntheticOptions options, Stream customers, Stream transactions, Stream truth)
    {
        var n = options.Customers;
        var width = IdWidth(n);
        var chunkCount = (n + ChunkSize - 1) / ChunkSize;
        var threads = options.Threads;
        var wave = Math.Max(2, threads * 2);
        // Two sets of chunk buffers: one is generated in parallel while the other is written out.
        var sets = new[] { NewChunks(wave), NewChunks(wave) };
        var segmentSizes = new int[PlantedSegment.All.Count];
        long transactionCount = 0;

        customers.Write(Utf8CsvBuffer.Utf8(string.Join(',', CustomerFileColumns) + "\n"));
        transactions.Write(Utf8CsvBuffer.Utf8($"{TransactionColumns.CustomerId},{TransactionColumns.Date},{TransactionColumns.Amount}\n"));
        truth.Write(Utf8CsvBuffer.Utf8($"{CustomerColumns.CustomerId},{TruthSegmentColumn}\n"));

        var writing = Task.CompletedTask;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var generated = false;
        try
        {
            for (int first = 0, set = 0; first < chunkCount; first += wave, set ^= 1)
            {
                var chunks = sets[set];
                var count = Math.Min(wave, chunkCount - first);
                var firstChunk = first;
                Parallel.For(0, count, parallel, j =>
                {
                    var start = (firstChunk + j) * ChunkSize;
                    chunks[j].Fill(options.Seed, options.AsOf, start, Math.Min(ChunkSize, n - start), width);
                });
                writing.GetAwaiter().GetResult();
                writing = Task.Run(() =>
                {
                    for (var j = 0; j < count; j++)
                    {
                        customers.Write(chunks[j].Customers.Written);
                        transactions.Write(chunks[j].Transactions.Written);
                        truth.Write(chunks[j].Truth.Written);
                        transactionCount += chunks[j].TransactionCount;
                        for (var s = 0; s < segmentSizes.Length; s++) segmentSizes[s] += chunks[j].SegmentSizes[s];
                    }
                });
            }
            generated = true;
        }
        finally
        {
            if (!generated)
            {
                // Generation failed: let the writer finish before the caller closes the streams. The
                // generation error is the one that propagates, not a follow-on write error.
                try { writing.Wait(); }
                catch (AggregateException) { }
            }
        }
        writing.GetAwaiter().GetResult();
        customers.Flush();
        transactions.Flush();
        truth.Flush();

        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < segmentSizes.Length; s++) sizes[SegmentLabels[s]] = segmentSizes[s];
        return new SyntheticSummary(n, transactionCount, sizes);
    }

    internal static int IdWidth(int customers) => Math.Max(7, customers.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);

    internal static void FormatCustomerId(int index, int width, Span<byte> destination)
    {
        destination[0] = (byte)'C';
        var number = index + 1;
        for (var i = width; i >= 1; i--)
        {
            destination[i] = (byte)('0' + number % 10);
            number /= 10;
        }
    }

    private static SyntheticCsvChunk[] NewChunks(int count) => Enumerable.Range(0, count).Select(_ => new SyntheticCsvChunk()).ToArray();

    private static FileStream Create(string path) =>
        new(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
}
