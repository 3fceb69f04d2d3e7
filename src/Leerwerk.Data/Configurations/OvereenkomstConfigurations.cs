using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class SamenwerkingsovereenkomstConfiguration : IEntityTypeConfiguration<Samenwerkingsovereenkomst>
{
    public void Configure(EntityTypeBuilder<Samenwerkingsovereenkomst> builder)
    {
        builder.ToTable("Samenwerkingsovereenkomsten");
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.MboInstelling).WithMany().HasForeignKey(s => s.MboInstellingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.VerwanteOpleidingen).WithOne().HasForeignKey(v => v.SamenwerkingsovereenkomstId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Toelatingscommissie).HasMaxLength(4000);
        builder.Property(s => s.OnderwerpenSamenwerking).HasMaxLength(4000);
        builder.HasMany(s => s.Geschiedenis).WithOne().HasForeignKey(w => w.SamenwerkingsovereenkomstId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Ondertekeningen).WithOne().HasForeignKey(o => o.SamenwerkingsovereenkomstId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.LastDay);
    }
}

internal sealed class VerwanteOpleidingConfiguration : IEntityTypeConfiguration<VerwanteOpleiding>
{
    public void Configure(EntityTypeBuilder<VerwanteOpleiding> builder)
    {
        builder.ToTable("VerwanteOpleidingen");
        builder.Property(v => v.Crebo).HasMaxLength(5);
    }
}

internal sealed class LeerwerkovereenkomstConfiguration : IEntityTypeConfiguration<Leerwerkovereenkomst>
{
    public void Configure(EntityTypeBuilder<Leerwerkovereenkomst> builder)
    {
        builder.ToTable("Leerwerkovereenkomsten");
        builder.HasOne<School>().WithMany().HasForeignKey(o => o.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Leerling).WithMany().HasForeignKey(o => o.LeerlingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Leerbedrijf).WithMany().HasForeignKey(o => o.LeerbedrijfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Praktijkbegeleider).WithMany().HasForeignKey(o => o.PraktijkbegeleiderId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(o => o.ReplacedBy).WithMany().HasForeignKey(o => o.ReplacedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.StatusGeschiedenis).WithOne().HasForeignKey(s => s.LeerwerkovereenkomstId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Ondertekeningen).WithOne().HasForeignKey(s => s.LeerwerkovereenkomstId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsOne(o => o.Rooster, rooster =>
        {
            rooster.Property(r => r.Monday).HasColumnName("RoosterMaandag").HasPrecision(4, 2);
            rooster.Property(r => r.Tuesday).HasColumnName("RoosterDinsdag").HasPrecision(4, 2);
            rooster.Property(r => r.Wednesday).HasColumnName("RoosterWoensdag").HasPrecision(4, 2);
            rooster.Property(r => r.Thursday).HasColumnName("RoosterDonderdag").HasPrecision(4, 2);
            rooster.Property(r => r.Friday).HasColumnName("RoosterVrijdag").HasPrecision(4, 2);
        });
        builder.Navigation(o => o.Rooster).IsRequired();
        foreach (var text in new[] { "Inhoud", "Leerdoelen", "Beoordelingsmaatstaven", "Begeleiding", "VoortijdigeBeeindiging", "EndReason" })
        {
            builder.Property(text).HasMaxLength(Tekstlengte.Notitie);
        }

        builder.Property(o => o.MentorName).HasMaxLength(Tekstlengte.Naam);

        builder.Property(o => o.ApprovalTokenHash).HasMaxLength(64);
        builder.HasIndex(o => o.ApprovalTokenHash).IsUnique();
    }
}

internal sealed class OndertekeningConfiguration : IEntityTypeConfiguration<Ondertekening>
{
    /// <summary>SQL both SQLite and PostgreSQL accept: one of the two agreement keys is set, not both, not neither.</summary>
    internal const string ExactlyOneAgreement = "(\"LeerwerkovereenkomstId\" IS NULL) <> (\"SamenwerkingsovereenkomstId\" IS NULL)";

    public void Configure(EntityTypeBuilder<Ondertekening> builder)
    {
        // A signature is on exactly one agreement: a leer-werkovereenkomst or a samenwerkingsovereenkomst.
        builder.ToTable("Ondertekeningen", t => t.HasCheckConstraint("CK_Ondertekeningen_EenOvereenkomst", ExactlyOneAgreement));
        builder.Property(o => o.TextHash).HasMaxLength(64);
        builder.Property(o => o.IpAddress).HasMaxLength(64);
        builder.Ignore(o => o.IsElectronic);
    }
}

internal sealed class OndertekeningslinkConfiguration : IEntityTypeConfiguration<Ondertekeningslink>
{
    public void Configure(EntityTypeBuilder<Ondertekeningslink> builder)
    {
        builder.ToTable("Ondertekeningslinks", t => t.HasCheckConstraint("CK_Ondertekeningslinks_EenOvereenkomst", OndertekeningConfiguration.ExactlyOneAgreement));
        builder.HasOne<School>().WithMany().HasForeignKey(l => l.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Leerwerkovereenkomst>().WithMany().HasForeignKey(l => l.LeerwerkovereenkomstId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Samenwerkingsovereenkomst>().WithMany().HasForeignKey(l => l.SamenwerkingsovereenkomstId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.RecipientName).HasMaxLength(200);
        builder.Property(l => l.Email).HasMaxLength(200);
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.CodeHash).HasMaxLength(64);
        builder.HasOne(l => l.Ondertekening).WithMany().HasForeignKey(l => l.OndertekeningId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(l => l.IsOpen);
    }
}

internal sealed class StatusWijzigingConfiguration : IEntityTypeConfiguration<StatusWijziging>
{
    public void Configure(EntityTypeBuilder<StatusWijziging> builder)
    {
        builder.ToTable("LeerwerkovereenkomstStatusWijzigingen");
        builder.Property(s => s.ChangedBy).HasMaxLength(256);
        builder.Property(s => s.Reason).HasMaxLength(4000);
    }
}

internal sealed class SamenwerkingWijzigingConfiguration : IEntityTypeConfiguration<SamenwerkingWijziging>
{
    public void Configure(EntityTypeBuilder<SamenwerkingWijziging> builder)
    {
        builder.ToTable("SamenwerkingWijzigingen");
        builder.Property(w => w.Description).HasMaxLength(4000);
        builder.Property(w => w.ChangedBy).HasMaxLength(256);
    }
}
