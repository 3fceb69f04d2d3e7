using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class LeerbedrijfConfiguration : IEntityTypeConfiguration<Leerbedrijf>
{
    public void Configure(EntityTypeBuilder<Leerbedrijf> builder)
    {
        builder.ToTable("Leerbedrijven");
        builder.HasOne<School>().WithMany().HasForeignKey(b => b.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.KvkNumber).HasMaxLength(Tekstlengte.Kvk);

        // Name, SBB id, street and city stay at the default length: the import of erkende leerbedrijven accepted them
        // up to that length, so a shorter column could not hold what is stored; the form allows the same.
        builder.HasIndex(b => new { b.SchoolId, b.KvkNumber }).IsUnique();
        builder.HasMany(b => b.Praktijkbegeleiders).WithOne().HasForeignKey(p => p.LeerbedrijfId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Erkenningen).WithOne().HasForeignKey(e => e.LeerbedrijfId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Kwaliteitseisen).WithOne().HasForeignKey(k => k.LeerbedrijfId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(b => b.LwtStageperioden);
    }
}

internal sealed class PraktijkbegeleiderConfiguration : IEntityTypeConfiguration<Praktijkbegeleider>
{
    public void Configure(EntityTypeBuilder<Praktijkbegeleider> builder)
    {
        builder.ToTable("Praktijkbegeleiders");
        builder.Property(p => p.Name).HasMaxLength(Tekstlengte.Naam);
        builder.Property(p => p.Function).HasMaxLength(Tekstlengte.Naam);
        builder.Property(p => p.Email).HasMaxLength(Tekstlengte.Email);
        builder.Property(p => p.Phone).HasMaxLength(Tekstlengte.Telefoon);
    }
}

internal sealed class ErkenningConfiguration : IEntityTypeConfiguration<Erkenning>
{
    public void Configure(EntityTypeBuilder<Erkenning> builder)
    {
        builder.ToTable("Erkenningen");
        builder.HasOne<ProfielRow>().WithMany().HasForeignKey(e => e.ProfielCode).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(e => e.NextAssessmentDue);
    }
}

internal sealed class KwaliteitseisBeoordelingConfiguration : IEntityTypeConfiguration<KwaliteitseisBeoordeling>
{
    public void Configure(EntityTypeBuilder<KwaliteitseisBeoordeling> builder)
    {
        builder.ToTable("Kwaliteitseisen");
        builder.Property(k => k.Letter).HasMaxLength(1);
    }
}
