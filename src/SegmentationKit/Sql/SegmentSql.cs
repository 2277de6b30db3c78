namespace SegmentationKit.Sql;

/// <summary>Compiles a fitted model into a SQL script that (re)creates the target table
/// (customer_id, segment_id) inside the database, reading the customers (and transactions) tables.</summary>
public static class SegmentSql
{
    public static string Script(ISegmentationModel model, SqlContext context)
    {
        var query = ModelSqlTranslators.For(model).Query(model, context);
        var target = context.Table(context.Tables.Target);
        var create = context.Dialect switch
        {
            SqlDialect.Postgres or SqlDialect.Spark => $"DROP TABLE IF EXISTS {target};\nCREATE TABLE {target} AS\n",
            _ => $"CREATE OR REPLACE TABLE {target} AS\n",
        };
        return $"-- segkit: {model.Method} model compiled for {SqlDialects.Name(context.Dialect)}\n"
               + create + $"SELECT {context.CustomerId}, {context.Id("segment_id")}\nFROM (\n{query}\n) AS {context.Id("segkit_model")};\n";
    }
}
