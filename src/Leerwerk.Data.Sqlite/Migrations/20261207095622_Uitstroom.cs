using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Data.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                // Schools that exist already get the default retention period of School.DefaultBewaartermijnJaren.
                defaultValue: 2);

            migrationBuilder.AddColumn<DateOnly>(
                name: "GewistOp",
                table: "Leerlingen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "UitgestroomdOp",
                table: "Leerlingen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UitstroomReden",
                table: "Leerlingen",
                type: "TEXT",
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
