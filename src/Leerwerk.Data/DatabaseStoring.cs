namespace Leerwerk.Data;

/// <summary>What a failed request's exception says about the database: the user's answer depends on it.</summary>
public enum DatabaseStoring
{
    /// <summary>No fault of the database's reach or room (a bug, a refused constraint): an ordinary error.</summary>
    Geen,

    /// <summary>The database cannot be reached now (server stopped or restarting, network, timeout): try again later.</summary>
    Onbereikbaar,

    /// <summary>SQLite could not write because its file system is full: only the beheerder can make room.</summary>
    SchijfVol,
}
