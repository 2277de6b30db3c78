using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Tests.Data;

/// <summary>One test per kind of bad input: each asserts the exact "file:line, column 'x'" text.</summary>
public class CsvErrorTests
{
    private static DataValidationException LoadCustomers(string path) =>
        FluentActions.Invoking(() => CustomerCsv.Load(path)).Should().Throw<DataValidationException>().Which;

    private static DataValidationException LoadTransactions(string path, CustomerTable? customers = null) =>
        FluentActions.Invoking(() => TransactionCsv.Load(path, null, customers)).Should().Throw<DataValidationException>().Which;

    [Fact]
    public void Missing_required_column_names_the_column_on_line_1()
    {
        var path = TestCsv.Write("customers.csv", "id,arr\nA,1\n");
        var e = LoadCustomers(path);
        e.Message.Should().StartWith($"{path}:1, column 'customer_id': required column is missing (one unique id per customer). Fix: add a 'customer_id' column or map one");
        e.Message.Should().EndWith("the header has: id, arr");
        (e.Line, e.Column).Should().Be((1L, "customer_id"));
    }

    [Fact]
    public void Unparsable_number_names_line_column_and_value()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,arr\nA,1\nB,12k\n");
        LoadCustomers(path).Message.Should().StartWith($"{path}:3, column 'arr': not a number (value '12k'). Fix: write numbers like 1234.5");
    }

    [Fact]
    public void A_decimal_comma_in_a_standard_file_is_not_a_number()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,arr\nA,\"1,5\"\n");
        LoadCustomers(path).Message.Should().StartWith($"{path}:2, column 'arr': not a number (value '1,5')");
    }

    [Fact]
    public void Unparsable_date_names_line_column_and_value()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,signup_date\nA,2024-01-31\nB,31/01/2024\n");
        LoadCustomers(path).Message.Should().Be(
            $"{path}:3, column 'signup_date': not a date (value '31/01/2024'). Fix: write dates as yyyy-MM-dd (2024-03-31), or leave the cell empty for a missing value");
    }

    [Fact]
    public void Duplicate_customer_id_names_both_lines()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,arr\nA,1\nB,2\nA,3\n");
        LoadCustomers(path).Message.Should().Be(
            $"{path}:4, column 'customer_id': duplicate customer id (first seen on line 2) (value 'A'). Fix: give every customer a unique id, or merge the two rows");
    }

    [Fact]
    public void Negative_amount_is_refused()
    {
        var path = TestCsv.Write("transactions.csv", "customer_id,date,amount\nA,2024-01-01,10\nA,2024-01-02,-5\n");
        LoadTransactions(path).Message.Should().StartWith($"{path}:3, column 'amount': the amount must be a finite number ≥ 0 (value '-5')");
    }

    [Fact]
    public void Non_finite_amount_is_refused()
    {
        var path = TestCsv.Write("transactions.csv", "customer_id,date,amount\nA,2024-01-01,Infinity\n");
        LoadTransactions(path).Message.Should().StartWith($"{path}:2, column 'amount': the amount must be a finite number ≥ 0 (value 'Infinity')");
    }

    [Fact]
    public void Non_finite_number_in_a_customer_column_is_refused()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,arr\nA,NaN\n");
        LoadCustomers(path).Message.Should().Be($"{path}:2, column 'arr': not a finite number (value 'NaN'). Fix: leave the cell empty for a missing value");
    }

    [Fact]
    public void Transaction_for_an_unknown_customer_is_refused_when_customers_are_given()
    {
        var customers = CustomerCsv.Load(TestCsv.Write("customers.csv", "customer_id\nA\nB\n"));
        var path = TestCsv.Write("transactions.csv", "customer_id,date,amount\nA,2024-01-01,10\nZ,2024-01-02,5\n");
        LoadTransactions(path, customers).Message.Should().StartWith(
            $"{path}:3, column 'customer_id': transaction for a customer who is not in the customer file (value 'Z')");
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        var path = TestCsv.Write("customers.csv", "");
        LoadCustomers(path).Message.Should().StartWith($"{path}:1: the file is empty");
    }

    [Fact]
    public void Header_only_file_is_refused()
    {
        var path = TestCsv.Write("transactions.csv", "customer_id,date,amount\n");
        LoadTransactions(path).Message.Should().StartWith($"{path}:1: the file has a header line but no data rows");
    }

    [Fact]
    public void Ragged_row_with_too_few_fields_names_the_first_missing_column()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,plan,arr\nA,Standard,1\nB,Premium\n");
        LoadCustomers(path).Message.Should().StartWith($"{path}:3, column 'arr': the row has 2 fields but the header has 3");
    }

    [Fact]
    public void Ragged_row_with_too_many_fields_names_the_line()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,arr\nA,1\nB,1,5\n");
        LoadCustomers(path).Message.Should().StartWith($"{path}:3: the row has 3 fields but the header has 2. Fix: check for a missing or extra ','");
    }

    [Fact]
    public void Lines_count_blank_lines_and_line_breaks_inside_quotes()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,note,arr\nA,\"two\nlines\",1\n\nB,x,oops\n");
        LoadCustomers(path).Message.Should().StartWith($"{path}:5, column 'arr': not a number (value 'oops')");
    }

    [Fact]
    public void Empty_amount_is_refused()
    {
        var path = TestCsv.Write("transactions.csv", "customer_id,date,amount\nA,2024-01-01,\n");
        LoadTransactions(path).Message.Should().StartWith($"{path}:2, column 'amount': the amount is empty");
    }

    [Fact]
    public void A_lenient_load_that_rejects_every_row_is_an_error()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,arr\nA,x\nB,y\n");
        FluentActions.Invoking(() => CustomerCsv.LoadLenient(path)).Should().Throw<DataValidationException>()
            .WithMessage($"{path}:2, column 'arr': every one of the 2 data rows was rejected; the first: not a number (value 'x')*");
    }

    [Fact]
    public void Broken_quoting_names_the_line()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,note\nA,fine\nB,\"open\" and more\nC,ok\n");
        var e = LoadCustomers(path);
        e.Message.Should().StartWith($"{path}:3: malformed quoting: text after the closing quote of a quoted field");
        e.Line.Should().Be(3);
    }

    [Fact]
    public void A_header_named_twice_is_refused()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,arr,plan,arr\nA,1,x,2\n");
        LoadCustomers(path).Message.Should().StartWith($"{path}:1, column 'arr': the column appears twice (columns 2 and 4)");
    }

    [Fact]
    public void A_mapping_naming_a_header_the_file_lacks_is_refused()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,arr\nA,1\n");
        var options = new CsvReadOptions { Mapping = ColumnMapping.Empty.Map("Revenue", CustomerColumns.Arr) };
        FluentActions.Invoking(() => CustomerCsv.Load(path, options)).Should().Throw<DataValidationException>()
            .WithMessage($"{path}:1, column 'Revenue': the mapping names a column the header does not have*");
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(SegmentationKit.TestSupport.RepoPaths.NewTempFolder(), "nope.csv");
        LoadCustomers(path).Message.Should().Be($"{path}: the file does not exist. Fix: check the path");
    }
}
