using SegmentationKit.Data;

namespace SegmentationKit.Synthetic;

/// <summary>Generates one fixed range of customers and formats their rows of customers.csv,
/// transactions.csv and truth.csv into three buffers. Chunks are independent, so they run in
/// parallel and are written in chunk order.</summary>
internal sealed class SyntheticCsvChunk
{
    private static readonly byte[][] IndustryBytes = CustomerColumns.Industries.Select(Utf8CsvBuffer.Utf8).ToArray();
    private static readonly byte[][] PlanBytes = CustomerColumns.PlanLevels.Select(Utf8CsvBuffer.Utf8).ToArray();
    private static readonly byte[][] CountryBytes = SyntheticCatalog.Countries.Select(c => Utf8CsvBuffer.Utf8(c.Country)).ToArray();
    private static readonly byte[][] RegionBytes = SyntheticCatalog.Countries.Select(c => Utf8CsvBuffer.Utf8(c.Region)).ToArray();
    private static readonly byte[][] SegmentBytes = Enum.GetValues<BehaviouralSegment>().Select(s => Utf8CsvBuffer.Utf8(SyntheticBase.SegmentLabel(s))).ToArray();

    private readonly TransactionScratch _scratch = new();

    public Utf8CsvBuffer Customers { get; } = new(1 << 20);
    public Utf8CsvBuffer Transactions { get; } = new(1 << 20);
    public Utf8CsvBuffer Truth { get; } = new(1 << 16);
    public long TransactionCount { get; private set; }
    public int[] SegmentSizes { get; } = new int[PlantedSegment.All.Count];

    public void Fill(long seed, DateOnly asOf, int firstCustomer, int count, int idWidth)
    {
        Customers.Clear();
        Transactions.Clear();
        Truth.Clear();
        TransactionCount = 0;
        Array.Clear(SegmentSizes);
        var c = new SyntheticCustomer();
        Span<byte> id = stackalloc byte[idWidth + 1];
        for (var i = firstCustomer; i < firstCustomer + count; i++)
        {
            CustomerGenerator.Generate(seed, i, asOf, ref c, _scratch);
            SyntheticBase.FormatCustomerId(i, idWidth, id);
            WriteCustomer(id, in c);
            Truth.Append(id);
            Truth.Comma();
            Truth.Append(SegmentBytes[(int)c.Segment]);
            SegmentSizes[(int)c.Segment]++;
            Truth.NewLine();
            var dates = _scratch.Dates;
            var cents = _scratch.Cents;
            for (var t = 0; t < dates.Length; t++)
            {
                Transactions.Append(id);
                Transactions.Comma();
                Transactions.Append(dates[t]);
                Transactions.Comma();
                Transactions.AppendFixed(cents[t], 2);
                Transactions.NewLine();
            }
            TransactionCount += dates.Length;
        }
    }

    /// <summary>Columns in the order of <see cref="SyntheticBase.CustomerFileColumns"/>.</summary>
    private void WriteCustomer(ReadOnlySpan<byte> id, in SyntheticCustomer c)
    {
        var b = Customers;
        b.Append(id); b.Comma();
        b.Append(IndustryBytes[c.Industry]); b.Comma();
        b.Append(CountryBytes[c.Country]); b.Comma();
        b.Append(RegionBytes[c.Country]); b.Comma();
        b.Append(c.Employees); b.Comma();
        b.Append(PlanBytes[c.Plan]); b.Comma();
        if (!c.IsFree) b.Append(c.AnnualBilling ? "annual"u8 : "monthly"u8);
        b.Comma();
        b.Append(c.Arr); b.Comma();
        b.Append(c.Mrr); b.Comma();
        b.Append(c.Seats); b.Comma();
        b.Append(c.ModulesSubscribed); b.Comma();
        b.Append(c.ModulesAvailable); b.Comma();
        b.Append(c.SignupDate); b.Comma();
        b.AppendFixed(c.WeeklyActiveUsersHundredths, 2); b.Comma();
        b.AppendFixed(c.LoginsPerWeekHundredths, 2); b.Comma();
        b.AppendFixed(c.FeatureAdoptionThousandths, 3); b.Comma();
        b.Append(c.SupportTickets); b.Comma();
        if (c.Nps >= 0) b.Append(c.Nps);
        b.Comma();
        b.Append(c.Trial); b.Comma();
        if (c.TrialConverted >= 0) b.Append(c.TrialConverted == 1);
        b.Comma();
        b.Append(c.Churned); b.Comma();
        if (c.Churned) b.Append(c.ChurnDate);
        b.Comma();
        b.Append(c.FirstToolOfKind); b.Comma();
        b.Append(c.TeamSize); b.Comma();
        b.Append(c.ModuleComplexity);
        for (var n = 0; n < NeedScores.Count; n++)
        {
            b.Comma();
            if (c.Needs[n] > 0) b.Append((long)c.Needs[n]);
        }
        b.NewLine();
    }
}
