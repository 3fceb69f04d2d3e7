using Microsoft.AspNetCore.Http.HttpResults;

namespace Leerwerk.Web.Api;

/// <summary>One page of a list: the items, where it is, and how many there are in all.</summary>
/// <param name="Items">The records of this page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">At most this many items per page.</param>
/// <param name="Total">How many records match the filter in all.</param>
public sealed record Pagina<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>The <c>page</c> and <c>pageSize</c> of a list request, checked: every list of the API pages alike.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The paging asked for, or a problem naming the parameter that is out of range.</summary>
    public static Paging? Lees(int? page, int? pageSize, out ValidationProblem? problem)
    {
        var fouten = new Dictionary<string, string[]>();
        if (page is < 1)
        {
            fouten["page"] = ["page begint bij 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            fouten["pageSize"] = [$"pageSize is 1 tot en met {MaxPageSize}."];
        }

        problem = fouten.Count > 0 ? ApiProblemen.Velden(fouten) : null;
        return problem is null ? new Paging(page ?? 1, pageSize ?? DefaultPageSize) : null;
    }

    /// <summary>This page of an ordered list already in memory (the findings, computed per request).</summary>
    public Pagina<T> Van<T>(IReadOnlyList<T> all) => new([.. all.Skip(Skip).Take(PageSize)], Page, PageSize, all.Count);
}
