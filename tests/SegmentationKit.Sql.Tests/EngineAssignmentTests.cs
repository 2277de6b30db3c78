using SegmentationKit.Data;
using SegmentationKit.IO;
using SegmentationKit.Sql;

namespace SegmentationKit.Sql.Tests;

/// <summary>The SQL compiled from each fitted model, run in a real engine over data-samples, gives
/// every customer the segment the model gives in process — 100 % of the 5,000, exact ties and
/// floating point included.</summary>
public sealed class EngineAssignmentTests
{
    public static TheoryData<string> Methods => new(SampleRuns.Methods);

    [Theory]
    [MemberData(nameof(Methods))]
    public void DuckDb_gives_every_customer_the_in_process_segment(string method)
    {
        using var engine = new DuckDbEngine();
        CheckEveryCustomer(engine, method);
    }

    [SkippableTheory]
    [MemberData(nameof(Methods))]
    public void Postgres_gives_every_customer_the_in_process_segment(string method)
    {
        using var engine = PostgresCluster.Start();
        CheckEveryCustomer(engine, method);
    }

    internal static void CheckEveryCustomer(SqlEngine engine, string method)
    {
        var data = SampleRuns.Data;
        TableLoader.Load(engine, data.Customers, data.Transactions);
        var model = SampleRuns.Fit(method);
        var expected = model.Assign(data);
        // Through model.json, as segkit sql reads it: the saved model must compile to the same SQL.
        var saved = ModelFile.Write(model, data.Customers);
        var context = new SqlContext(engine.Dialect, new SqlTables(), expected.AsOf, ModelFile.ColumnKinds(saved));
        engine.Execute(SegmentSql.Script(ModelFile.Read(saved), context));
        var actual = engine.Assignments();
        actual.Should().HaveCount(expected.CustomerCount);
        var differing = expected.CustomerIds.Select((id, i) => (id, want: expected.SegmentIds[i], got: actual.GetValueOrDefault(id)))
            .Where(x => x.want != x.got).ToList();
        differing.Should().BeEmpty($"the SQL must assign every customer as the in-process {method} model does; first differences: " +
                                   string.Join("; ", differing.Take(5).Select(x => $"{x.id}: {x.want} vs {x.got}")));
        expected.Sizes().Should().Contain(s => s > 0 && s < expected.CustomerCount, "a test where every customer is in one segment proves little");
    }
}
