using System.Net;

namespace Leerwerk.IntegrationTests.Instanties;

/// <summary>
/// Sends each request to the next instance in turn, as a round-robin load balancer without sticky sessions does, and
/// keeps the cookies in one jar as the browser does: whatever one instance set, the other receives.
/// </summary>
public sealed class Afwisselend(params HttpMessageHandler[] instances) : HttpMessageHandler
{
    private readonly HttpMessageInvoker[] _instances = [.. instances.Select(h => new HttpMessageInvoker(h, disposeHandler: true))];
    private readonly CookieContainer _cookies = new();
    private readonly List<int> _served = [];

    /// <summary>Which instance answered each request so far (0, 1, …), in order.</summary>
    public IReadOnlyList<int> Served => _served;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri!;
        var instance = _served.Count % _instances.Length;
        var cookie = _cookies.GetCookieHeader(uri);
        if (cookie.Length > 0)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await _instances[instance].SendAsync(request, cancellationToken);
        _served.Add(instance);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                _cookies.SetCookies(uri, setCookie);
            }
        }

        return response;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var instance in _instances)
            {
                instance.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
