using Leerwerk.Data.Mail;
using Leerwerk.Domain;

namespace Leerwerk.Web.Pages.Berichten;

/// <summary>How the outbox pages say a message's status and times in Dutch.</summary>
public static class BerichtWeergave
{
    private static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string StatusLabel(OutboxStatus status) => status switch
    {
        OutboxStatus.Queued => "in wachtrij",
        OutboxStatus.Sent => "verzonden",
        _ => "mislukt",
    };

    public static string StatusTag(OutboxStatus status) => status switch
    {
        OutboxStatus.Queued => "tag tag--warning",
        OutboxStatus.Sent => "tag tag--ok",
        _ => "tag tag--error",
    };

    /// <summary>A file's size in whole kilobytes, rounded up so a small file is never "0 kB".</summary>
    public static string Grootte(int bytes) => $"{Nl.Amount(Math.Ceiling(bytes / 1024m))} kB";

    public static string Moment(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), DutchTime).ToString("d MMMM yyyy HH:mm", Nl.Culture);
}
