/**
 * The look of the activity and organisation forms and previews: large text and fields (≥ 48 px),
 * 3:1 borders, a visible focus, the wijk's colour (`--wijk-primary` from the Mijn buurt layout).
 * A string, so the same rules go into the page and into a form's 400 answer.
 */
export const partnerFormCss = `
.mijn-formulier{max-width:42rem}
.mijn-formulier fieldset{min-width:0}
.mijn-formulier .rij>.veld{min-width:0}
.foutsamenvatting li,.mijn-formulier .veld-hint,.mijn-formulier .veld-label{overflow-wrap:anywhere}
.mijn-formulier .veld,.mijn-formulier .veld-groep{margin:0 0 1.5rem;border:0;padding:0}
.mijn-formulier .veld-groep{border-top:2px solid #8a8078;padding-top:1rem}
.mijn-formulier legend{font-weight:700;font-size:1.35rem;padding:0}
.mijn-formulier .veld-label{display:block;font-weight:700;margin-bottom:.25rem}
.mijn-formulier .veld-hint{margin:.1rem 0 .4rem;color:#4a423c}
.mijn-formulier .veld-melding{margin:.25rem 0 .4rem;color:#9b1c1c;font-weight:700}
.mijn-formulier .veld-fout input,.mijn-formulier .veld-fout textarea,.mijn-formulier .veld-fout select{border-color:#9b1c1c;border-width:3px}
.mijn-formulier input[type=text],.mijn-formulier input[type=email],.mijn-formulier input[type=tel],.mijn-formulier input[type=url],.mijn-formulier input[type=date],.mijn-formulier input[type=time],.mijn-formulier select,.mijn-formulier textarea{
box-sizing:border-box;width:100%;min-height:3rem;font:inherit;padding:.6rem .75rem;border:2px solid #6b625b;border-radius:.5rem;background:#fff;color:#1f1a17}
.mijn-formulier input.kort{max-width:10rem}.mijn-formulier input.middel{max-width:18rem}
.mijn-formulier input[type=file]{font:inherit;min-height:3rem;width:100%;max-width:100%}
.mijn-formulier .keuze{display:flex;align-items:center;gap:.75rem;min-height:3rem}
.mijn-formulier .keuze input{width:1.75rem;height:1.75rem;margin:0;accent-color:var(--wijk-primary,#A63D2A)}
.mijn-formulier .rij{display:flex;flex-wrap:wrap;gap:0 1rem}.mijn-formulier .rij>.veld{flex:1 1 12rem;min-width:0}
.mijn-formulier .foto-nu{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;margin-bottom:1rem}.mijn-formulier .foto-nu img{border-radius:.5rem;height:auto}
.mijn-formulier :focus-visible,.mijn-voorbeeld :focus-visible{outline:3px solid #1f1a17;outline-offset:3px;box-shadow:0 0 0 6px #fff}
.knoppen{display:flex;flex-wrap:wrap;gap:.75rem;margin:2rem 0 .5rem}
.knop{display:inline-flex;align-items:center;justify-content:center;max-width:100%;white-space:normal;text-align:center;overflow-wrap:anywhere;min-height:3rem;padding:.6rem 1.5rem;border-radius:999px;font:inherit;font-weight:700;cursor:pointer;text-decoration:none;border:2px solid var(--wijk-primary,#A63D2A)}
.knop-hoofd{background:var(--wijk-primary,#A63D2A);color:#fff}.knop-tweede{background:#fff;color:#1f1a17}
.foutsamenvatting{border:3px solid #9b1c1c;border-radius:.75rem;padding:1rem 1.25rem;margin:1rem 0 2rem;background:#fff}
.foutsamenvatting h2{margin:0 0 .5rem;font-size:1.35rem}.foutsamenvatting a{color:#9b1c1c;font-weight:700}
.melding-goed{border-left:8px solid var(--wijk-primary,#A63D2A);background:#fff;padding:1rem 1.25rem;border-radius:.5rem;margin:1rem 0 2rem}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.mijn-voorbeeld .voorbeeld-band{background:#fff3cd;border:2px solid #8a6d00;border-radius:.75rem;padding:.75rem 1rem;margin:0 0 1.5rem}
.mijn-voorbeeld .kaart{background:#fff;border-radius:1rem;padding:1.25rem;box-shadow:0 0 0 1px rgba(0,0,0,.12);margin-bottom:1rem}
.mijn-voorbeeld .kaart h2{font-size:1.5rem;margin:0 0 .5rem}
.mijn-voorbeeld .raster{display:grid;gap:1rem}
@media (min-width:48rem){.mijn-voorbeeld .raster{grid-template-columns:1fr 1fr}}
.mijn-voorbeeld .soort{color:var(--wijk-primary,#A63D2A);font-weight:700;margin:0}
.mijn-voorbeeld h1{font-size:2.25rem;line-height:1.15;margin:.25rem 0 .75rem}
.mijn-voorbeeld .zin{font-size:1.35rem;max-width:40rem}
.mijn-voorbeeld img.groot{width:100%;height:auto;border-radius:1rem;margin:1rem 0}
.mijn-voorbeeld .persoon{display:flex;flex-wrap:wrap;align-items:center;gap:1rem}.mijn-voorbeeld .persoon>div{min-width:0;overflow-wrap:anywhere}.mijn-voorbeeld .persoon img,.mijn-voorbeeld .persoon .letter{width:7rem;height:7rem;border-radius:50%;object-fit:cover;flex:none}
.mijn-voorbeeld .letter{display:flex;align-items:center;justify-content:center;background:#f3e6e2;color:var(--wijk-primary,#A63D2A);font-size:2.5rem;font-weight:700}
.mijn-voorbeeld .contact a{display:flex;min-height:3rem;align-items:center;border:2px solid var(--wijk-primary,#A63D2A);border-radius:.75rem;padding:.5rem 1rem;margin:.5rem 0;color:var(--wijk-primary,#A63D2A);font-weight:700;text-decoration:none;overflow-wrap:anywhere}
.mijn-voorbeeld ul.aanbod{list-style:none;padding:0}.mijn-voorbeeld ul.aanbod li{background:#fff;border-radius:.75rem;padding:.75rem 1rem;margin:.5rem 0;box-shadow:0 0 0 1px rgba(0,0,0,.12)}
.mijn-voorbeeld dl.uren div{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 1rem;border-bottom:1px solid rgba(0,0,0,.15);padding:.4rem 0}.mijn-voorbeeld dl.uren dd{margin:0;font-weight:700}
`
