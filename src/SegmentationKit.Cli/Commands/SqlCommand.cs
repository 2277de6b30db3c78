using System.CommandLine;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using SegmentationKit.Sql;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit sql --run DIR --dialect D</c>: prints the SQL script that recreates the run's
/// segments inside a database (docs/warehouse.md).</summary>
public sealed class SqlCommand : ICliCommand
{
    public Command Build()
    {
        var run = new Option<DirectoryInfo>("--run") { Description = "Folder of a segkit segment run (its model.json and segmentation.json)", Required = true };
        var dialect = new Option<string>("--dialect") { Description = "SQL dialect: " + string.Join(", ", SqlDialects.Names), Required = true };
        var customers = new Option<string>("--customers-table") { Description = "Table with one row per customer (customer_id and the model's columns)", DefaultValueFactory = _ => "customers" };
        var transactions = new Option<string>("--transactions-table") { Description = "Table of orders (customer_id, date, amount), for RFM and lifecycle stages", DefaultValueFactory = _ => "transactions" };
        var target = new Option<string>("--target") { Description = "Table the script (re)creates with customer_id, segment_id", DefaultValueFactory = _ => "segkit_assignments" };
        var command = new Command("sql", "Print a SQL script that computes the run's segments inside a database (PostgreSQL, DuckDB, Spark, BigQuery, Snowflake)");
        foreach (var o in new Option[] { run, dialect, customers, transactions, target }) command.Options.Add(o);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var sqlDialect = SqlDialects.Parse(parseResult.GetValue(dialect)!);
            var folder = RunFiles.Folder(parseResult.GetValue(run)!, "--run");
            var modelPath = Path.Combine(folder, ModelFile.FileName);
            if (!File.Exists(modelPath))
                throw new ConfigurationException(null, "--run", $"'{folder}' has no {ModelFile.FileName}, so there is no fitted model to compile",
                    "run segkit segment again with this version of the kit (it writes model.json for rules, rfm, value, maturity, lifecycle, cross, kmeans and gmm)");
            const string fix = "run segkit segment again to write it";
            var model = RunFiles.Read(modelPath, ModelFile.Read, "model file", fix);
            var kinds = RunFiles.Read(modelPath, ModelFile.ColumnKinds, "model file", fix);
            var withTransactions = RunFiles.Read(modelPath, ModelFile.WithTransactions, "model file", fix);
            var segmentation = RunFiles.Read(Path.Combine(folder, SegmentCommand.SegmentationFile), json => SegmentationRunFolder.Parse(json, folder), "segmentation", fix);
            var tables = new SqlTables(parseResult.GetValue(customers)!, parseResult.GetValue(transactions)!, parseResult.GetValue(target)!);
            Console.Out.Write(SegmentSql.Script(model, new SqlContext(sqlDialect, tables, segmentation.AsOf, kinds, withTransactions)));
            return 0;
        }));
        return command;
    }
}
