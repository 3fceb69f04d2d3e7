using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Queries;

/// <summary>
/// The school filter is one parameter, whatever the number of the user's schools: EF Core 10 by default expands a list
/// into a parameter per element, and then builds the SQL of every query anew on every execution (it cannot cache a
/// command whose text depends on the list's length): some 15 % of a page's CPU (docs/performance.md).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SchoolFilterSqlTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task SchoolFilter_SameSqlForOneSchoolAndForSeven()
    {
        await using var one = factory.CreateScopedDbContext("een", 1);
        await using var seven = factory.CreateScopedDbContext("zeven", 1, 2, 3, 4, 5, 6, 7);

        var sqlOne = Sql(one);
        var sqlSeven = Sql(seven);

        Assert.Contains("SchoolId", sqlOne, StringComparison.Ordinal);
        Assert.Equal(sqlOne, sqlSeven);
    }

    /// <summary>The SQL without its parameter declarations (ToQueryString puts their values first).</summary>
    private static string Sql(Data.LeerwerkDbContext db)
    {
        var sql = db.Leerlingen.Where(l => l.Vakken.Any()).ToQueryString();
        return sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];
    }
}
