-- The pages a public site in NRW must have (issue #15 item 8): Impressum (§ 5 DDG),
-- Datenschutzerklärung (Art. 13 DSGVO), Erklärung zur Barrierefreiheit (§ 12b BGG NRW / BITV NRW)
-- and the start-page explanation in Leichte Sprache (BITV 2.0 § 4) — contents kept here per
-- language and edited by staff (/team/rechtstexte), not hard-coded. German defaults ship as
-- reference data below; what only the project can know is an honest placeholder in [brackets].
-- Plus the feedback form of the accessibility statement (Barriere melden), reachable from every page.
--
-- Text format (rendered safely, no HTML): blank line = new paragraph, "## " = heading,
-- "- " = list item, [text](/path or https://…) = link.

set search_path = public, extensions;

create table public.legal_pages (
  -- For the audit trail (audit_row_change names rows by id).
  id uuid not null default gen_random_uuid() unique,
  slug text not null check (slug in ('impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache')),
  lang text not null check (lang in ('de', 'en', 'tr', 'ar', 'ru', 'uk')),
  title text not null check (char_length(title) between 2 and 200),
  body text not null check (char_length(body) between 1 and 60000),
  -- Leichte Sprache: a video in German Sign Language (DGS), when the project has one.
  video_url text check (video_url is null or video_url ~ '^(https://|/)[^\s<>"]+$'),
  updated_at timestamptz not null default now(),
  updated_by uuid default auth.uid(),
  primary key (slug, lang)
);

create table public.accessibility_feedback (
  id uuid primary key default gen_random_uuid(),
  created_at timestamptz not null default now(),
  -- The page the barrier was found on (a path of this site), as the reporter came from it.
  page text not null default '/' check (page ~ '^/[^\s]*$' and char_length(page) <= 300),
  message text not null check (char_length(message) between 5 and 4000),
  -- Optional, only to answer (deleted with the report).
  contact text check (contact is null or char_length(contact) <= 254),
  lang text not null default 'de' check (lang in ('de', 'en', 'tr', 'ar', 'ru', 'uk')),
  status text not null default 'new' check (status in ('new', 'answered', 'closed'))
);
create index accessibility_feedback_created_idx on public.accessibility_feedback (created_at desc);

alter table public.legal_pages enable row level security;
alter table public.accessibility_feedback enable row level security;

revoke all on table public.legal_pages, public.accessibility_feedback from anon, authenticated;
grant select on table public.legal_pages to anon, authenticated;
grant insert, update, delete on table public.legal_pages to authenticated;
-- Anyone may report a barrier (no account), but anon never holds a write privilege: the server
-- writes the report as service_role after checking it (length, honeypot, rate limit), like the
-- usage counts. Only staff read, answer and delete reports.
grant select, update, delete on table public.accessibility_feedback to authenticated;
grant all on table public.legal_pages, public.accessibility_feedback to service_role;

create policy legal_pages_select_everyone on public.legal_pages
  for select to anon, authenticated using (true);
create policy legal_pages_insert_staff on public.legal_pages
  for insert to authenticated with check ((select private.is_staff()) and updated_by = (select auth.uid()));
create policy legal_pages_update_staff on public.legal_pages
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()) and updated_by = (select auth.uid()));
create policy legal_pages_delete_staff on public.legal_pages
  for delete to authenticated using ((select private.is_staff()));
create policy legal_pages_all_service on public.legal_pages
  for all to service_role using (true) with check (true);

create policy accessibility_feedback_select_staff on public.accessibility_feedback
  for select to authenticated using ((select private.is_staff()));
create policy accessibility_feedback_update_staff on public.accessibility_feedback
  for update to authenticated using ((select private.is_staff())) with check ((select private.is_staff()));
create policy accessibility_feedback_delete_staff on public.accessibility_feedback
  for delete to authenticated using ((select private.is_staff()));
create policy accessibility_feedback_all_service on public.accessibility_feedback
  for all to service_role using (true) with check (true);

create trigger legal_pages_touch before update on public.legal_pages
for each row execute function private.touch_updated_at();
create trigger legal_pages_audit after insert or update or delete on public.legal_pages
for each row execute function private.audit_row_change();

-- ---------------------------------------------------------------------------------------------
-- German defaults (reference data, not demo data). Staff replace the [placeholders].
-- ---------------------------------------------------------------------------------------------
insert into public.legal_pages (slug, lang, title, body, updated_by) values
('impressum', 'de', 'Impressum', $t$Angaben nach § 5 Digitale-Dienste-Gesetz (DDG).

## Anbieter
[Name des Trägers und Rechtsform, z. B. „Beispiel gGmbH“]
[Straße und Hausnummer]
[Postleitzahl] Bielefeld

## Vertreten durch
[Name der vertretungsberechtigten Person oder Personen]

## Kontakt
Telefon: [Telefonnummer]
E-Mail: [E-Mail-Adresse]

## Register und Umsatzsteuer
[Registergericht und Registernummer, falls im Handels-, Vereins- oder Genossenschaftsregister eingetragen]
[Umsatzsteuer-Identifikationsnummer nach § 27a Umsatzsteuergesetz, falls vorhanden]

## Verantwortlich für den Inhalt nach § 18 Abs. 2 Medienstaatsvertrag
[Name und Anschrift der verantwortlichen Person]

## Förderung
[Förderprogramm, Fördergeber und gegebenenfalls Förderkennzeichen]

## Einträge von Betrieben und Partnern
Betriebe, Träger und Partner tragen ihre Angebote selbst ein. Das Projektteam prüft jeden Eintrag, bevor er erscheint. Für den Inhalt eines Eintrags ist verantwortlich, wer ihn eingetragen hat. Hinweise auf falsche oder veraltete Einträge nehmen wir gern unter der oben genannten Adresse entgegen.

## Daten und Lizenzen
Welche Daten die Karte nutzt und unter welcher Lizenz Sie sie weiterverwenden dürfen, steht unter [Offene Daten](/daten). Der Quellcode der Quartierkarte steht unter der EUPL-1.2.$t$, null),

('datenschutz', 'de', 'Datenschutzerklärung', $t$Hier erfahren Sie, welche Daten die Quartierkarte verarbeitet, wozu und auf welcher Rechtsgrundlage (Art. 13 Datenschutz-Grundverordnung, DSGVO). Kurz gesagt: Wer nur die Karte ansieht, braucht kein Konto, bekommt keine Werbe- oder Analyse-Cookies und wird nicht verfolgt.

## Verantwortlich
[Name des Trägers, Anschrift, E-Mail-Adresse – wie im Impressum]

## Datenschutzbeauftragte oder Datenschutzbeauftragter
[Name oder Funktion und Kontakt, z. B. datenschutz@…; falls keine Pflicht zur Benennung besteht: diesen Abschnitt streichen]

## Wenn Sie die Karte ansehen
Beim Aufruf jeder Seite verarbeitet unser Server technisch nötige Daten: Ihre IP-Adresse, die aufgerufene Adresse, Datum und Uhrzeit, die Sprache Ihres Browsers. Das ist nötig, um die Seite auszuliefern und vor Missbrauch zu schützen (Art. 6 Abs. 1 Buchstabe e DSGVO in Verbindung mit dem öffentlichen Auftrag des Projekts, hilfsweise Buchstabe f: sicherer Betrieb). Zum Schutz vor Missbrauch zählt der Server Anmelde- und Formularversuche je IP-Adresse höchstens 60 Minuten lang im Arbeitsspeicher; danach sind sie gelöscht. [Protokolldateien des Hosters: Dauer der Speicherung eintragen, z. B. 7 Tage.]

Die Kartengrundlage und die Adresssuche kommen von unserem eigenen Server. Kein anderer Dienst (kein Kartenanbieter, kein Geocoder) erfährt, welche Gegend Sie ansehen.

## Anonyme Nutzungszahlen
Wir zählen pro Tag, wie oft gesucht wird (nach Art und Quartier), welche Filter genutzt, Ortsseiten aufgerufen, Wegeblätter gedruckt und offene Daten heruntergeladen werden. Dabei speichern wir nur die Zahl – keine IP-Adresse, kein Konto, keine Uhrzeit, kein Cookie, nichts auf Ihrem Gerät. Diese Zahlen sind keine personenbezogenen Daten; wir nutzen sie für den Bericht an den Fördergeber.

## Die Erreichbarkeit bleibt auf Ihrem Gerät
Wenn Sie in der Erreichbarkeitsansicht einen Startpunkt angeben (zum Beispiel Ihre Wohnung), wird er nie an uns geschickt. Die Fahrzeiten rechnet Ihr Gerät selbst aus. Der Startpunkt steht nur im Teil der Adresse hinter dem Zeichen # (den Browser nicht an Server senden) und im lokalen Speicher Ihres Browsers.

## Was im Browser gespeichert wird
- Cookie „PARAGLIDE_LOCALE“: die Sprache, die Sie gewählt haben, damit jede Seite in dieser Sprache erscheint. Technisch nötig (§ 25 Abs. 2 Nr. 2 TDDDG), gilt bis zu 400 Tage.
- Cookie „qk_session“: nur wenn Sie sich als Betrieb, Coach oder Projektteam anmelden; hält Sie angemeldet. Technisch nötig, endet mit der Abmeldung oder nach Ablauf der Sitzung.
- Lokaler Speicher „qk.reach.settings.v1“: Startpunkt, Verkehrsmittel und Zeit der Erreichbarkeitsansicht, damit Sie sie beim nächsten Besuch nicht neu eingeben müssen.
- Lokaler Speicher „qk.reach.minutes.v1“: die zuletzt berechneten Fahrzeiten zu den Orten, damit eine Ortsseite sie anzeigen kann.
- Zwischenspeicher des Service Workers: Seiten und Kartendaten, damit die Karte auch ohne Verbindung funktioniert.
Sie können all das jederzeit in Ihrem Browser löschen („Website-Daten löschen“). Nichts davon wird zu Werbung oder Analyse genutzt.

## Konten für Betriebe, Coaches und das Projektteam
Für ein Konto speichern wir E-Mail-Adresse, Namen, ein sicher verschlüsseltes Passwort und die Rolle; bei Betrieben dazu die Angaben zum Betrieb und die Einträge. Zweck: Einträge anlegen, prüfen und veröffentlichen (Art. 6 Abs. 1 Buchstabe b und e DSGVO). Jede Änderung an Einträgen wird mit Zeitpunkt und Konto protokolliert, damit nachvollziehbar bleibt, wer was veröffentlicht hat. Speicherdauer: bis zur Löschung des Kontos; Protokolle [Dauer eintragen, z. B. 3 Jahre].

## Barrieren melden
Wenn Sie uns über das Formular eine Barriere melden, speichern wir Ihre Nachricht, die Seite, auf der Sie waren, die Sprache und – nur wenn Sie sie angeben – eine Kontaktadresse für die Antwort. Zweck: Ihre Meldung bearbeiten und beantworten (Art. 6 Abs. 1 Buchstabe c DSGVO in Verbindung mit § 12b BGG NRW). Speicherdauer: [z. B. 12 Monate nach Abschluss].

## Auftragsverarbeiter und Empfänger
- [Hosting der Website und der Datenbank: Anbieter, Sitz, Serverstandort – z. B. Supabase, Rechenzentrum in der EU]
- [Versand der E-Mails für Anmeldung und Erinnerungen: Anbieter und Sitz]
Mit jedem Auftragsverarbeiter besteht ein Vertrag nach Art. 28 DSGVO. Eine Übermittlung in Länder außerhalb der EU findet [nicht statt / statt auf Grundlage von …].

## Ihre Rechte
Sie haben das Recht auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21 DSGVO). Schreiben Sie uns dafür an die oben genannte Adresse.

Sie können sich außerdem bei einer Aufsichtsbehörde beschweren, zum Beispiel bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen, Kavalleriestraße 2–4, 40213 Düsseldorf.

Stand: [Datum]$t$, null),

('barrierefreiheit', 'de', 'Erklärung zur Barrierefreiheit', $t$Die Quartierkarte soll für alle Menschen nutzbar sein. Diese Erklärung gilt für die Website der Quartierkarte (Karte, Liste, Ortsseiten, Erreichbarkeit, offene Daten). Grundlage sind § 12b des Behindertengleichstellungsgesetzes NRW (BGG NRW), die Barrierefreie-Informationstechnik-Verordnung NRW (BITV NRW) und die Norm EN 301 549 mit den Web Content Accessibility Guidelines (WCAG) 2.1, Stufe AA.

## Stand der Vereinbarkeit
Die Website ist teilweise mit den Anforderungen vereinbar. Die Ausnahmen stehen im nächsten Abschnitt.

## Was noch nicht barrierefrei ist – und was Sie stattdessen nutzen können
- Die Karte selbst ist eine Grafik. Ein Bildschirmleser kann die Punkte nicht einzeln vorlesen. Alternative: Alle Orte stehen vollständig in der Liste neben oder unter der Karte, mit denselben Filtern.
- Die Karte lässt sich ohne Ziehen bedienen (Knöpfe zum Vergrößern, Verkleinern und Verschieben, Pfeiltasten, Plus und Minus); das Verschieben mit zwei Fingern ist auf Telefonen trotzdem die übliche Bedienung.
- Beschreibungen der Betriebe und Beratungsstellen liegen oft nur auf Deutsch vor. Übersetzungen und Texte in Leichter Sprache zeigen wir, sobald es sie gibt.
- Die Grenzen von Sieker-Mitte und Baumheide sind gezeichnete Näherungen, keine amtlichen Grenzen.
- Ein Video in Deutscher Gebärdensprache fehlt noch. [Wenn vorhanden: auf der Seite „Leichte Sprache“ eintragen und diesen Punkt streichen.]
- [Weitere bekannte Barrieren aus der nächsten Prüfung eintragen.]

## Wie diese Erklärung entstanden ist
Selbstbewertung des Projektteams: automatische Prüfungen mit axe-core bei jeder Änderung, Bedienung nur mit der Tastatur, mit Bildschirmlesern [Namen eintragen, z. B. NVDA und TalkBack] und auf Telefonen mit 360 Pixeln Breite. [Falls eine externe Prüfung stattfand: Prüfstelle und Datum.]
Erstellt am [Datum]. Zuletzt geprüft am [Datum].

## Barrieren melden
Wenn Ihnen eine Barriere auffällt oder Sie Inhalte in anderer Form brauchen, schreiben Sie uns über das [Formular „Barriere melden“](/barrierefreiheit/melden) – es ist von jeder Seite aus erreichbar – oder per E-Mail an [E-Mail-Adresse], Telefon [Telefonnummer]. Wir antworten innerhalb von zwei Wochen. Sie können auch im Quartiersbüro vorbeikommen: [Anschrift und Öffnungszeiten]; wir helfen in mehreren Sprachen.

## Schlichtungsverfahren
Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik bei der Landesbeauftragten für Menschen mit Behinderung in Nordrhein-Westfalen wenden. Das Schlichtungsverfahren ist kostenlos; Sie brauchen keinen Rechtsbeistand. [Aktuelle Anschrift, E-Mail und Internetseite der Ombudsstelle eintragen.]

## Durchsetzungsverfahren
[Falls die Landesregierung NRW eine Durchsetzungsstelle benennt: hier eintragen.]$t$, null),

('leichte-sprache', 'de', 'Die Quartier·karte in Leichter Sprache', $t$Das ist die Quartier·karte.
Die Quartier·karte ist eine Karte im Internet.
Die Karte zeigt 3 Stadt·teile in Bielefeld:
- Sennestadt
- Sieker-Mitte
- Baumheide

## Was finden Sie auf der Karte?
Sie finden auf der Karte:
- Arbeit.
- Betriebe.
- Leere Läden und Räume.
- Beratung und Hilfe.
- Orte zum Lernen. Zum Beispiel mit Internet.
- Termine. Zum Beispiel eine Job·messe.

## Wie finden Sie etwas?
Oben ist ein Such·feld.
Dort schreiben Sie ein Wort.
Zum Beispiel: Bäcker.
Dann zeigt die Karte passende Orte.
Unter der Karte ist eine Liste.
In der Liste stehen die gleichen Orte.

Sie können auch Filter benutzen.
Mit einem Filter sehen Sie nur bestimmte Orte.
Zum Beispiel: nur Arbeit in Teil·zeit.

## Wie kommen Sie zu einem Ort?
Klicken Sie auf Erreich·barkeit.
Dort geben Sie an: Wo sind Sie?
Dann zeigt die Karte: So lange brauchen Sie.
Zu Fuß. Mit dem Rad. Mit Bus und Stadt·bahn.
Ihr Start·punkt bleibt auf Ihrem Handy.
Wir sehen ihn nicht.

## Sprachen
Die Karte gibt es in 6 Sprachen.
Oben rechts können Sie die Sprache wählen.

## Hilfe
Sie brauchen Hilfe?
Sie haben eine Frage?
Dann schreiben Sie uns: [E-Mail-Adresse]
Oder rufen Sie an: [Telefonnummer]
Oder kommen Sie ins Quartiers·büro: [Anschrift]$t$, null)
on conflict (slug, lang) do nothing;

-- The defaults were written by nobody: updated_by stays null for them.
