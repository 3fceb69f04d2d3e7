using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Uitstroom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BewaartermijnJaren",
                table: "Scholen",
                type: "integer",
                nullable: false,
                // Schools that exist already get the default retention period of School.DefaultBewaartermijnJaren.
                defaultValue: 2);

            migrationBuilder.AddColumn<DateOnly>(
                name: "GewistOp",
                table: "Leerlingen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "UitgestroomdOp",
                table: "Leerlingen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UitstroomReden",
                table: "Leerlingen",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BewaartermijnJaren",
                table: "Scholen");

            migrationBuilder.DropColumn(
                name: "GewistOp",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "UitgestroomdOp",
                table: "Leerlingen");

            migrationBuilder.DropColumn(
                name: "UitstroomReden",
                table: "Leerlingen");
        }
    }
}
