using System.Linq.Expressions;
using Leerwerk.Data.Achtergrond;
using Leerwerk.Data.ApiSleutels;
using Leerwerk.Data.Auditing;
using Leerwerk.Data.Herinneringen;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Import;
using Leerwerk.Data.Mail;
using Leerwerk.Data.Tenancy;
using Leerwerk.Data.Versies;
using Leerwerk.Domain;
using Leerwerk.Domain.Doorstroom;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Intakes;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.StageUren;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data;

/// <summary>
/// The one EF Core context of Leerwerk, for SQLite and PostgreSQL alike. Every school-owned record
/// is filtered to the schools of <see cref="ISchoolScope"/>, and every change to one is audited.
/// </summary>
/// <remarks>
/// Migrations live per provider: <c>scripts/add-migration.sh Name</c> runs
/// <c>dotnet ef migrations add</c> for Leerwerk.Data.Sqlite and Leerwerk.Data.Postgres.
/// </remarks>
public sealed class LeerwerkDbContext(DbContextOptions<LeerwerkDbContext> options, ISchoolScope scope)
    : IdentityDbContext<LeerwerkUser>(options), IDataProtectionKeyContext
{
    public DbSet<School> Scholen => Set<School>();

    public DbSet<Bestuur> Besturen => Set<Bestuur>();

    public DbSet<LandelijkeVakantie> LandelijkeVakanties => Set<LandelijkeVakantie>();

    public DbSet<AangebodenProfiel> AangebodenProfielen => Set<AangebodenProfiel>();

    public DbSet<ProfielRow> Profielen => Set<ProfielRow>();

    public DbSet<MboInstelling> MboInstellingen => Set<MboInstelling>();

    public DbSet<Leerling> Leerlingen => Set<Leerling>();

    public DbSet<RouteBesluit> RouteBesluiten => Set<RouteBesluit>();

    public DbSet<WettelijkVertegenwoordiger> Vertegenwoordigers => Set<WettelijkVertegenwoordiger>();

    public DbSet<Vak> Vakken => Set<Vak>();

    public DbSet<VakCode> VakCodes => Set<VakCode>();

    public DbSet<UitslagVaststelling> UitslagVaststellingen => Set<UitslagVaststelling>();

    public DbSet<Intake> Intakes => Set<Intake>();

    public DbSet<AangebodenKeuzevak> AangebodenKeuzevakken => Set<AangebodenKeuzevak>();

    public DbSet<Samenwerkingsovereenkomst> Samenwerkingsovereenkomsten => Set<Samenwerkingsovereenkomst>();

    public DbSet<SamenwerkingWijziging> SamenwerkingWijzigingen => Set<SamenwerkingWijziging>();

    public DbSet<VerwanteOpleiding> VerwanteOpleidingen => Set<VerwanteOpleiding>();

    public DbSet<Leerbedrijf> Leerbedrijven => Set<Leerbedrijf>();

    public DbSet<Praktijkbegeleider> Praktijkbegeleiders => Set<Praktijkbegeleider>();

    public DbSet<Erkenning> Erkenningen => Set<Erkenning>();

    public DbSet<KwaliteitseisBeoordeling> Kwaliteitseisen => Set<KwaliteitseisBeoordeling>();

    public DbSet<Leerwerkovereenkomst> Leerwerkovereenkomsten => Set<Leerwerkovereenkomst>();

    public DbSet<Ondertekening> Ondertekeningen => Set<Ondertekening>();

    public DbSet<Ondertekeningslink> Ondertekeningslinks => Set<Ondertekeningslink>();

    public DbSet<StatusWijziging> StatusWijzigingen => Set<StatusWijziging>();

    public DbSet<StageUrenRegel> StageUren => Set<StageUrenRegel>();

    public DbSet<DoorstroomRecord> Doorstroom => Set<DoorstroomRecord>();

    public DbSet<Schoolkalender> Schoolkalenders => Set<Schoolkalender>();

    public DbSet<VrijePeriode> VrijePeriodes => Set<VrijePeriode>();

    public DbSet<KlasLesdagen> KlasLesdagen => Set<KlasLesdagen>();

    public DbSet<StageurenBeleid> StageurenBeleid => Set<StageurenBeleid>();

    public DbSet<GezienBevinding> GezienBevindingen => Set<GezienBevinding>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<DataVersion> DataVersions => Set<DataVersion>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<OutboxAttachment> OutboxAttachments => Set<OutboxAttachment>();

    public DbSet<UserSchool> UserSchools => Set<UserSchool>();

    public DbSet<MentorLeerling> MentorLeerlingen => Set<MentorLeerling>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ApiSleutel> ApiSleutels => Set<ApiSleutel>();

    public DbSet<BackgroundLease> BackgroundLeases => Set<BackgroundLease>();

    public DbSet<HerinneringInstellingen> HerinneringInstellingen => Set<HerinneringInstellingen>();

    public DbSet<VerzondenHerinnering> VerzondenHerinneringen => Set<VerzondenHerinnering>();

    public DbSet<ImportBestand> ImportBestanden => Set<ImportBestand>();

    /// <summary>Who changes data through this context, for audit entries written outside <see cref="AuditTrail"/> (accounts).</summary>
    public string AuditUserName => scope.UserName;

    /// <summary>
    /// Whether the context sees every school (the CLI, start-up work). Read by the query filters, which EF evaluates per
    /// query, so one model serves every user.
    /// </summary>
    public bool SeesAllSchools => scope.AllSchools;

    /// <summary>The schools the context's query filters let through, when not <see cref="SeesAllSchools"/>.</summary>
    public IReadOnlyList<int> VisibleSchoolIds => scope.SchoolIds;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // One scan for changes serves the scope guard, the audit trail and both saves below; each of them would scan
        // every tracked record again, four scans per save (an import tracks a thousand students and parents per save).
        // Nothing changes a record in between; the audit entries are added, which needs no scan.
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (detect)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }

        try
        {
            return await SaveWithAuditAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private async Task<int> SaveWithAuditAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        GuardSchoolScope();
        var trail = AuditTrail.Capture(ChangeTracker);
        if (trail.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // The record and its audit entry are stored together or not at all.
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        await using (ownTransaction)
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var entries = trail.ToEntries(scope.UserName, DateTime.UtcNow).ToList();
            Audit.AddRange(entries);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

            // Every audited change raises its schools' data versions in the same transaction (ADR 0016).
            await Versies.DataVersions.RaiseAsync(this, entries.Select(e => e.SchoolId), cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return count;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as readable text: the database stays legible for a school's own reports.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<string>().HaveMaxLength(Tekstlengte.Standaard);
        configurationBuilder.Properties<decimal>().HavePrecision(7, 2);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LeerwerkDbContext).Assembly);

        builder.Entity<School>().HasQueryFilter(s => SeesAllSchools || VisibleSchoolIds.Contains(s.Id));
        foreach (var type in builder.Model.GetEntityTypes()
                     .Where(t => typeof(ISchoolOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            builder.Entity(type.ClrType).HasQueryFilter(SchoolFilter(type.ClrType));
        }
    }

    private LambdaExpression SchoolFilter(Type entityType)
    {
        // e => this.SeesAllSchools || this.VisibleSchoolIds.Contains(e.SchoolId)
        var entity = Expression.Parameter(entityType, "e");
        var self = Expression.Constant(this);
        var schoolId = Expression.Property(entity, nameof(ISchoolOwned.SchoolId));
        var contains = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
            Expression.Property(self, nameof(VisibleSchoolIds)), schoolId);
        var body = Expression.OrElse(Expression.Property(self, nameof(SeesAllSchools)), contains);
        return Expression.Lambda(body, entity);
    }

    private void GuardSchoolScope()
    {
        if (SeesAllSchools)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries<ISchoolOwned>().Where(e => e.State != EntityState.Unchanged))
        {
            GuardSchoolScope(entry.Metadata.ClrType, entry.Entity.SchoolId);
        }
    }

    /// <summary>
    /// A page can never write a record into a school the user does not belong to: the one check for SaveChanges and for
    /// the records written outside it (<see cref="Import.NieuweLeerlingenBulk"/>, ADR 15).
    /// </summary>
    internal void GuardSchoolScope(Type entityType, int schoolId)
    {
        if (!SeesAllSchools && !VisibleSchoolIds.Contains(schoolId))
        {
            throw new InvalidOperationException($"{entityType.Name} of school {schoolId} is outside the user's schools.");
        }
    }
}
