<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="627"/>
        <source>New absence</source>
        <translation>Nouvelle absence</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="639"/>
        <source>Only part of the day</source>
        <translation>Une partie de la journée seulement</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="650"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="652"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="655"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="656"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="657"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="659"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AddressReviewDialog</name>
    <message>
        <location filename="../../planner/ui/addresses.py" line="39"/>
        <source>Addresses to check</source>
        <translation>Adresses à vérifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="43"/>
        <source>These sites are placed only at the town centre, on a street without its number, or not at all: rounds and slot suggestions may be wrong for them. Type the right position (from a map application or a GPS), or correct the address on the customer card and search again.</source>
        <translation>Ces sites ne sont placés qu&apos;au centre de leur commune, sur une rue sans son numéro, ou pas du tout : les tournées et les créneaux proposés peuvent être faux pour eux. Saisissez la bonne position (relevée sur une carte ou un GPS), ou corrigez l&apos;adresse sur la fiche du client et relancez la recherche.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="50"/>
        <source>Locate addresses without a position</source>
        <translation>Localiser les adresses sans position</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="62"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="63"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="64"/>
        <source>Postcode</source>
        <translation>CP</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="65"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="66"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="67"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="78"/>
        <source>Save this position</source>
        <translation>Enregistrer cette position</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="79"/>
        <source>Search again</source>
        <translation>Relancer la recherche</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="80"/>
        <source>Open the customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="81"/>
        <source>Position of the selected site</source>
        <translation>Position du site sélectionné</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="84"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="85"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="86"/>
        <source>Annecy town hall is at 45.8992, 6.1294.</source>
        <translation>Pour repère : la mairie d&apos;Annecy est en 45,8992, 6,1294.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="129"/>
        <source>%1 site(s) to check</source>
        <translation>%1 site(s) à vérifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/addresses.py" line="185"/>
        <source>Locating addresses…</source>
        <translation>Localisation des adresses…</translation>
    </message>
</context>
<context>
    <name>BoardCanvas</name>
    <message>
        <location filename="../../planner/ui/board.py" line="176"/>
        <source>Loading the week…</source>
        <extracomment>visit, technician id, start: the user dropped a visit there.</extracomment>
        <translation>Chargement de la semaine…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="200"/>
        <source>holiday: %1</source>
        <translation>férié : %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="225"/>
        <source>%1 visits · %2 driving</source>
        <translation>%1 interventions · %2 de route</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="328"/>
        <source>promised %1</source>
        <translation>promis %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="411"/>
        <source>(the customer will be told)</source>
        <translation>(le client sera prévenu)</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../planner/ui/board.py" line="441"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="475"/>
        <source>Previous week</source>
        <extracomment>Asked before a move that breaks a customer&apos;s promised window (tests answer it).</extracomment>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="477"/>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="478"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="482"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="486"/>
        <source>All technicians</source>
        <translation>Tous les techniciens</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="487"/>
        <location filename="../../planner/ui/board.py" line="531"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="488"/>
        <location filename="../../planner/ui/board.py" line="533"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="489"/>
        <location filename="../../planner/ui/board.py" line="685"/>
        <location filename="../../planner/ui/board.py" line="709"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="587"/>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="606"/>
        <source>due by %1</source>
        <translation>avant le %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="610"/>
        <source>To plan (%1)</source>
        <translation>À planifier (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="629"/>
        <source>Not moved: %1.</source>
        <translation>Non déplacée : %1.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="634"/>
        <source>Not moved: the promised window is kept.</source>
        <translation>Non déplacée : la fenêtre promise est conservée.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="644"/>
        <source>%1 moved to %2.</source>
        <translation>%1 déplacée au %2.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="647"/>
        <source>The customer is told.</source>
        <translation>Le client est prévenu.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="672"/>
        <source>Promised window</source>
        <translation>Fenêtre promise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="673"/>
        <source>%1 was promised an arrival between %2. Move anyway and tell the customer the new time?</source>
        <translation>Une arrivée entre %2 a été promise à %1. Déplacer quand même et prévenir le client du nouvel horaire ?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="685"/>
        <location filename="../../planner/ui/board.py" line="709"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="711"/>
        <source>Take off the rounds</source>
        <translation>Retirer du planning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board.py" line="714"/>
        <source>Open the customer</source>
        <translation>Ouvrir le client</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="88"/>
        <source>Who is calling? Name, phone, town, postcode, email or contract no. (Ctrl+K)</source>
        <translation>Qui appelle ? Nom, téléphone, commune, code postal, e-mail ou n° de contrat (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="92"/>
        <source>New caller…</source>
        <translation>Nouvel appelant…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="107"/>
        <location filename="../../planner/ui/booking_page.py" line="367"/>
        <source>No caller selected</source>
        <translation>Aucun appelant sélectionné</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="116"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="117"/>
        <source>Cancel the appointment…</source>
        <translation>Annuler le RDV…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="118"/>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="119"/>
        <source>Open the customer card</source>
        <translation>Ouvrir la fiche client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="133"/>
        <source>Booked visits</source>
        <translation>Interventions planifiées</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="150"/>
        <source>e.g. Circuit breaker keeps tripping</source>
        <translation>ex. Le disjoncteur saute</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="157"/>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="159"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="160"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="161"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="162"/>
        <source>Skill needed</source>
        <translation>Compétence requise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="163"/>
        <source>Any day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="169"/>
        <source>Morning or afternoon</source>
        <translation>Matin ou après-midi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="170"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="171"/>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="173"/>
        <source>Any technician</source>
        <translation>Tous les techniciens</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="186"/>
        <source>Book this slot…</source>
        <translation>Réserver ce créneau…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="201"/>
        <source>Visit to book</source>
        <translation>Intervention à planifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="202"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="257"/>
        <source>Loading customers…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="266"/>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="274"/>
        <source>None in particular</source>
        <translation>Aucune en particulier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="317"/>
        <source>Close spelling</source>
        <translation>Orthographe approchante</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="322"/>
        <source>No customer found: « New caller… » creates one.</source>
        <translation>Aucun client trouvé : « Nouvel appelant… » en crée un.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="323"/>
        <source>%1 result(s) — Enter opens the first</source>
        <translation>%1 résultat(s) — Entrée ouvre le premier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="368"/>
        <source>Type in the search field, then Enter.</source>
        <translation>Tapez dans le champ de recherche, puis Entrée.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="380"/>
        <source>Contract &lt;b&gt;%1&lt;/b&gt; %2 — until %3</source>
        <translation>Contrat &lt;b&gt;%1&lt;/b&gt; %2 — jusqu&apos;au %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="384"/>
        <source>No running contract</source>
        <translation>Aucun contrat en cours</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="391"/>
        <source>Due: %1, between %2 and %3</source>
        <translation>À faire : %1, entre le %2 et le %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="396"/>
        <source>Last visit: %1 (%2)</source>
        <translation>Dernière visite : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="416"/>
        <source>Recent contacts</source>
        <translation>Derniers contacts</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="429"/>
        <source>%1 (due by %2)</source>
        <translation>%1 (avant le %2)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="431"/>
        <source>New request (repair, quote…)</source>
        <translation>Nouvelle demande (dépannage, devis…)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="484"/>
        <source>Looking for the best slots…</source>
        <translation>Recherche des meilleurs créneaux…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="499"/>
        <source>Best first. Enter books the highlighted slot.</source>
        <translation>Les meilleurs d&apos;abord. Entrée réserve le créneau sélectionné.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="501"/>
        <source>Moving %1: choose the new slot.</source>
        <translation>Déplacement de %1 : choisissez le nouveau créneau.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="503"/>
        <source>No free slot with these filters: widen the day, the time or the technician.</source>
        <translation>Aucun créneau libre avec ces filtres : élargissez le jour, le moment ou le technicien.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="601"/>
        <source>Appointment cancelled; the customer is told.</source>
        <translation>Rendez-vous annulé ; le client est prévenu.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="652"/>
        <location filename="../../planner/ui/booking_page.py" line="656"/>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="654"/>
        <source>Reason, told to the customer</source>
        <translation>Motif, communiqué au client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="657"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../planner/ui/widgets.py" line="109"/>
        <source>Round colour</source>
        <translation>Couleur de la tournée</translation>
    </message>
</context>
<context>
    <name>ConfirmBookingDialog</name>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="620"/>
        <source>Confirm the appointment</source>
        <translation>Confirmer le rendez-vous</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="621"/>
        <source>new request</source>
        <translation>nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="623"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Arrival between %3 with &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Arrivée entre %3 avec &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;%5</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="629"/>
        <source>The customer receives the confirmation by email with a calendar invitation, then reminders (email five days before, text message two days before when allowed).</source>
        <translation>Le client reçoit la confirmation par e-mail avec une invitation d&apos;agenda, puis des rappels (e-mail cinq jours avant, SMS deux jours avant s&apos;il l&apos;accepte).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="635"/>
        <source>Note for the contact log (optional)</source>
        <translation>Note pour le journal des contacts (facultatif)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/booking_page.py" line="637"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="380"/>
        <source>Log a contact — %1</source>
        <translation>Noter un contact — %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="388"/>
        <source>What was said or agreed</source>
        <translation>Ce qui a été dit ou convenu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="390"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="391"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="392"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="59"/>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="59"/>
        <source>Contract %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="66"/>
        <source>Type a name, a town…</source>
        <translation>Tapez un nom, une commune…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="79"/>
        <source>Renewed automatically each year (tacit renewal)</source>
        <translation>Renouvelé chaque année automatiquement (tacite reconduction)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="84"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="89"/>
        <source>tier price</source>
        <translation>prix de la formule</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="97"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="98"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="99"/>
        <source>Tier</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="101"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="102"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="103"/>
        <source>End of current period</source>
        <translation>Fin de la période en cours</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="105"/>
        <source>Notice period</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="106"/>
        <source>Agreed yearly price</source>
        <translation>Prix annuel convenu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="107"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="108"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contract_dialog.py" line="195"/>
        <source>%1 visit(s) a year of %2 min — %3 a year</source>
        <translation>%1 visite(s) par an de %2 min — %3 par an</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="27"/>
        <source>Filter: contract no., customer, town, tier</source>
        <translation>Filtrer : n° de contrat, client, commune, formule</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="29"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="34"/>
        <source>All tiers</source>
        <translation>Toutes les formules</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="36"/>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="37"/>
        <source>Open customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="48"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="49"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="50"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="51"/>
        <source>Tier</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="52"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="53"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="54"/>
        <source>Period ends</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="55"/>
        <source>Renewal</source>
        <translation>Reconduction</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="55"/>
        <source>tacit</source>
        <translation>tacite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="55"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="56"/>
        <source>Next visit due by</source>
        <translation>Prochaine visite avant le</translation>
    </message>
    <message>
        <location filename="../../planner/ui/contracts_page.py" line="119"/>
        <source>%1 contracts</source>
        <translation>%1 contrats</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="209"/>
        <source>Select a customer to see their card.</source>
        <translation>Sélectionnez un client pour afficher sa fiche.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="224"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="225"/>
        <source>Add a site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="226"/>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="227"/>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="232"/>
        <source>Export data (GDPR)</source>
        <translation>Exporter les données (RGPD)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="233"/>
        <source>Anonymise…</source>
        <translation>Anonymiser…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="241"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="242"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="243"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="245"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="250"/>
        <location filename="../../planner/ui/customers_page.py" line="265"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="251"/>
        <source>Tier</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="252"/>
        <location filename="../../planner/ui/customers_page.py" line="263"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="253"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="254"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="255"/>
        <source>Renewal</source>
        <translation>Reconduction</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="255"/>
        <source>tacit</source>
        <translation>tacite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="255"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="260"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="261"/>
        <location filename="../../planner/ui/customers_page.py" line="354"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="262"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="264"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="270"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="271"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="272"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="273"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="274"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="278"/>
        <source>Details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="279"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="280"/>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="281"/>
        <source>Visits</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="282"/>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="328"/>
        <source>Contract &lt;b&gt;%1&lt;/b&gt; (%2) until %3</source>
        <translation>Contrat &lt;b&gt;%1&lt;/b&gt; (%2) jusqu&apos;au %3</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="334"/>
        <source>No running contract</source>
        <translation>Aucun contrat en cours</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="339"/>
        <source>visit due %1 – %2</source>
        <translation>visite à faire du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="345"/>
        <source>next visit %1 with %2</source>
        <translation>prochaine visite le %1 avec %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="348"/>
        <source>last visit %1</source>
        <translation>dernière visite le %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="355"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="356"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="357"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="358"/>
        <source>Second email</source>
        <translation>E-mail secondaire</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="360"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="364"/>
        <source>email reminders</source>
        <translation>rappels par e-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="365"/>
        <source>text reminders</source>
        <translation>rappels par SMS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="366"/>
        <source>offers</source>
        <translation>offres commerciales</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="370"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="372"/>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="373"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="376"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="387"/>
        <source>Sites (%1)</source>
        <translation>Sites (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="388"/>
        <source>Contracts (%1)</source>
        <translation>Contrats (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="389"/>
        <source>Visits (%1)</source>
        <translation>Interventions (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="390"/>
        <source>Contact log (%1)</source>
        <translation>Journal des contacts (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="78"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="78"/>
        <source>Edit customer</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="94"/>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="95"/>
        <source>Mrs</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="106"/>
        <source>Reminders by email</source>
        <translation>Rappels par e-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="108"/>
        <source>Reminders by text message</source>
        <translation>Rappels par SMS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="109"/>
        <source>Commercial offers</source>
        <translation>Offres commerciales</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="114"/>
        <source>Customer type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="115"/>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="116"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="117"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="118"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="119"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="120"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="121"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="122"/>
        <source>Second email</source>
        <translation>E-mail secondaire</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="127"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="128"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="145"/>
        <source>Address of the first site</source>
        <translation>Adresse du premier site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="148"/>
        <source>This customer may already exist</source>
        <translation>Ce client existe peut-être déjà</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="150"/>
        <source>Use this customer</source>
        <translation>Prendre ce client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="151"/>
        <source>Create a new customer anyway</source>
        <translation>Créer quand même un nouveau client</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="49"/>
        <source>Filter: name, phone, email, town, postcode, contract no.</source>
        <translation>Filtrer : nom, téléphone, e-mail, commune, code postal, n° de contrat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="51"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="52"/>
        <source>Create a customer (Ctrl+N)</source>
        <translation>Créer un client (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="60"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="61"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="62"/>
        <source>Postcode</source>
        <translation>CP</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="63"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="64"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="65"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="66"/>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="68"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="69"/>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="70"/>
        <source>The address position is approximate: check it</source>
        <translation>La position de l&apos;adresse est approximative : à vérifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="168"/>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customers_page.py" line="170"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="24"/>
        <source>&amp;Import an Excel/CSV file…</source>
        <translation>&amp;Importer un fichier Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="26"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="29"/>
        <source>Customers…</source>
        <translation>Clients…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="30"/>
        <source>Contracts…</source>
        <translation>Contrats…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="31"/>
        <source>Visits…</source>
        <translation>Interventions…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="32"/>
        <source>Everything (Excel workbook)…</source>
        <translation>Tout (classeur Excel)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="51"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="51"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="53"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="60"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/data_actions.py" line="72"/>
        <source>Daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué : %1</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="220"/>
        <source>What each row will become</source>
        <translation>Ce que deviendra chaque ligne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="221"/>
        <source>Nothing has been saved yet. Check the rejected rows and the warnings, then click Import.</source>
        <translation>Rien n&apos;est encore enregistré. Vérifiez les lignes rejetées et les avertissements, puis cliquez sur Importer.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="228"/>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="228"/>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="228"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="229"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="229"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="229"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="230"/>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="235"/>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="235"/>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="235"/>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="236"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="236"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="240"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="241"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="242"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="243"/>
        <source>Details</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="255"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="281"/>
        <source>%1 data rows: %2 imported, %3 updated, %4 duplicates, %5 rejected; %6 warnings; %7 rows skipped. Will create %8 customers, %9 sites, %10 contracts and %11 visits.</source>
        <translation>%1 lignes de données : %2 importées, %3 mises à jour, %4 doublons, %5 rejetées ; %6 avertissements ; %7 lignes ignorées. Seront créés : %8 clients, %9 sites, %10 contrats et %11 interventions.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="68"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="69"/>
        <source>An Excel workbook (.xlsx) or a CSV file (separated by ; or ,). Nothing is saved before the last step.</source>
        <translation>Un classeur Excel (.xlsx) ou un fichier CSV (séparé par ; ou ,). Rien n&apos;est enregistré avant la dernière étape.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="73"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="74"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="88"/>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="89"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.xlsm *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>GdprActions</name>
    <message>
        <location filename="../../planner/ui/gdpr_actions.py" line="20"/>
        <source>Export the customer&apos;s data (GDPR)</source>
        <translation>Exporter les données du client (RGPD)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/gdpr_actions.py" line="21"/>
        <source>JSON file (*.json)</source>
        <translation>Fichier JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/gdpr_actions.py" line="26"/>
        <source>The data of %1 was saved in %2.</source>
        <translation>Les données de %1 ont été enregistrées dans %2.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/gdpr_actions.py" line="44"/>
        <location filename="../../planner/ui/gdpr_actions.py" line="46"/>
        <source>Anonymise %1</source>
        <translation>Anonymiser %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="363"/>
        <source>Import an Excel/CSV file</source>
        <translation>Importer un fichier Excel/CSV</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="379"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="430"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="446"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="454"/>
        <source>No new address to place on the map.</source>
        <translation>Aucune nouvelle adresse à placer sur la carte.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="459"/>
        <source>Placing %1 new sites on the map…</source>
        <translation>Placement de %1 nouveaux sites sur la carte…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../planner/ui/labels.py" line="22"/>
        <source>To plan</source>
        <translation>À planifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="23"/>
        <source>Booked</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="24"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="25"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="26"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="27"/>
        <source>Reported</source>
        <translation>Rapport fait</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="28"/>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="29"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="35"/>
        <source>Maintenance</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="36"/>
        <source>Repair</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="37"/>
        <source>Quote visit</source>
        <translation>Visite pour devis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="38"/>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="44"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="45"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="46"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="47"/>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="53"/>
        <source>Private individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="54"/>
        <source>Business</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="60"/>
        <source>Incoming call</source>
        <translation>Appel reçu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="61"/>
        <source>Outgoing call</source>
        <translation>Appel passé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="62"/>
        <source>Email received</source>
        <translation>E-mail reçu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="63"/>
        <source>Email sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="64"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="65"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="66"/>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="72"/>
        <source>Booking</source>
        <translation>Prise de RDV</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="73"/>
        <source>Rescheduling</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="74"/>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="75"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="76"/>
        <source>Quote request</source>
        <translation>Demande de devis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="77"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="78"/>
        <source>Renewal</source>
        <translation>Reconduction</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="79"/>
        <location filename="../../planner/ui/labels.py" line="88"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="85"/>
        <source>Leave</source>
        <translation>Congés</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="86"/>
        <source>Sick leave</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="87"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="94"/>
        <source>House number</source>
        <translation>Numéro de rue</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="95"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="96"/>
        <source>Town centre</source>
        <translation>Centre de la commune</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="97"/>
        <source>Entered by hand</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="98"/>
        <source>Not located</source>
        <translation>Non localisée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="104"/>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="105"/>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="106"/>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="107"/>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="108"/>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="109"/>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/labels.py" line="110"/>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/main_window.py" line="68"/>
        <source>Planner</source>
        <extracomment>How often the outbox is sent, when e-mail or SMS is configured.</extracomment>
        <translation>Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="77"/>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="79"/>
        <location filename="../../planner/ui/selfcheck.py" line="20"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="80"/>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="81"/>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="95"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="107"/>
        <source>Database: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="247"/>
        <source>Working…</source>
        <translation>Travail en cours…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="141"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="78"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="142"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="145"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="148"/>
        <source>&amp;Book for a caller</source>
        <translation>&amp;Prendre un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="151"/>
        <source>Load &amp;demonstration data…</source>
        <translation>Charger les données de &amp;démonstration…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="174"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="175"/>
        <source>&amp;Addresses to check…</source>
        <translation>&amp;Adresses à vérifier…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="177"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="179"/>
        <source>&amp;Messages to customers…</source>
        <translation>&amp;Messages aux clients…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="187"/>
        <source>&amp;About Planner</source>
        <translation>À &amp;propos de Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="234"/>
        <source>%1 message(s) waiting</source>
        <translation>%1 message(s) en attente</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="236"/>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="260"/>
        <source>%1 address(es) to check</source>
        <translation>%1 adresse(s) à vérifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="283"/>
        <source>The database is empty. Load demonstration data (300 customers around Annecy, 6 technicians, contracts and three weeks of rounds) to discover Planner?</source>
        <translation>La base est vide. Charger des données de démonstration (300 clients autour d&apos;Annecy, 6 techniciens, des contrats et trois semaines de tournées) pour découvrir Planner ?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="288"/>
        <source>Load demonstration data? This only works on an empty database: nothing you entered is ever overwritten.</source>
        <translation>Charger des données de démonstration ? Uniquement dans une base vide : rien de ce que vous avez saisi n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="292"/>
        <source>Demonstration data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="296"/>
        <source>Creating demonstration data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="304"/>
        <source>About Planner</source>
        <translation>À propos de Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="306"/>
        <source>&lt;b&gt;Planner %1&lt;/b&gt;&lt;br&gt;Maintenance visits, contracts and technicians&apos; rounds, without an internet connection.&lt;br&gt;&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;Planner %1&lt;/b&gt;&lt;br&gt;Visites de maintenance, contrats et tournées des techniciens, sans connexion Internet.&lt;br&gt;&lt;br&gt;Base : %2</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../planner/ui/map_view.py" line="778"/>
        <source>Driving: %1</source>
        <extracomment>Fitting never zooms closer than this (one stop alone is shown with its streets around). Around Annecy, when there is nothing to show yet. A dash per weekday, Monday first (a week shows five rounds per technician), in pen widths. Commune names shown at each zoom: population at least this much. pin, latitude, longitude: a site « à vérifier » was dropped there. The user moved or zoomed the map (tiles to ask for). Visits of the shown rounds whose site has no position (not drawn). Tiles are asked for once the view has settled (not for every step of a pan or a fit). While the user drags or zooms, lines are drawn without antialiasing (three times faster).</extracomment>
        <translation>Trajets : %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="792"/>
        <source>%1 visits · %2</source>
        <translation>%1 visites · %2</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="823"/>
        <source>To plan (%1)</source>
        <translation>À planifier (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="828"/>
        <source>Sites to check: drag the pin (%1)</source>
        <translation>À vérifier : glisser l&apos;épingle (%1)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="832"/>
        <source>%1 visits without a position</source>
        <translation>%1 interventions sans position</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="859"/>
        <source>Map background unavailable (%1): town names only.</source>
        <translation>Fond de carte indisponible (%1) : noms des communes seulement.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="865"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="865"/>
        <source>Report a map error</source>
        <translation>Signaler une erreur de carte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="866"/>
        <source>Towns: GeoNames (CC BY 4.0)</source>
        <translation>Communes : GeoNames (CC BY 4.0)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="939"/>
        <source>%1 of driving before</source>
        <translation>%1 de trajet avant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="942"/>
        <source>Position to check</source>
        <translation>Position à vérifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="946"/>
        <source>To plan: %1 (%2)</source>
        <translation>À planifier : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="949"/>
        <source>due by %1</source>
        <translation>à faire avant le %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="954"/>
        <source>Position to check: %1</source>
        <translation>Position à vérifier : %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="957"/>
        <source>Drag the pin to the right place.</source>
        <translation>Faites glisser l&apos;épingle au bon endroit.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="960"/>
        <source>Start and end of the day: %1</source>
        <translation>Départ et retour : %1</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="962"/>
        <source>Click to highlight this technician&apos;s rounds</source>
        <translation>Cliquer pour mettre en évidence les tournées de ce technicien</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1101"/>
        <source>Zoom out (-)</source>
        <translation>Dézoomer (-)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1104"/>
        <source>Zoom in (+)</source>
        <translation>Zoomer (+)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1106"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1107"/>
        <source>Show every round (0)</source>
        <translation>Montrer toutes les tournées (0)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1109"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1112"/>
        <source>OpenStreetMap background</source>
        <translation>Fond OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1113"/>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1114"/>
        <source>Visits to plan</source>
        <translation>Interventions à planifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1115"/>
        <source>Sites to check</source>
        <translation>Sites à vérifier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1116"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1131"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1199"/>
        <source>Planner works offline (Tools › Settings): no map background.</source>
        <translation>Planner travaille hors ligne (Outils › Paramètres) : pas de fond de carte.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1247"/>
        <source>Position of %1 (%2) saved: no longer to check.</source>
        <translation>Position de %1 (%2) enregistrée : plus à vérifier.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1270"/>
        <source>The former position of %1 is back.</source>
        <translation>L&apos;ancienne position de %1 est rétablie.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="109"/>
        <source>Check the columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="110"/>
        <source>Planner found the header row and recognised the columns below. Correct a column with its list if needed.</source>
        <translation>Planner a trouvé la ligne d&apos;en-tête et reconnu les colonnes ci-dessous. Corrigez une colonne avec sa liste si besoin.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="116"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="117"/>
        <source>Header row</source>
        <translation>Ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="120"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="120"/>
        <source>Title in the file</source>
        <translation>Titre dans le fichier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="120"/>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="131"/>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier :</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="151"/>
        <source>— ignored —</source>
        <translation>— ignorée —</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="195"/>
        <source>Choose the column holding the customer&apos;s name (Last name or Company).</source>
        <translation>Choisissez la colonne qui contient le nom du client (Nom ou Société).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="198"/>
        <source>No column is read as « %1 »: the site address is needed.</source>
        <translation>Aucune colonne n&apos;est lue comme « %1 » : l&apos;adresse du site est nécessaire.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../planner/ui/ops.py" line="214"/>
        <source>Cancel</source>
        <extracomment>False offscreen (screenshots, tests): errors are collected instead of shown in a modal box.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../planner/ui/ops.py" line="215"/>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/ops.py" line="287"/>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/ops.py" line="292"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../planner/ui/ops.py" line="294"/>
        <source>Something went wrong and the operation was not completed. Nothing was half-saved.</source>
        <translation>Un problème est survenu et l&apos;opération n&apos;a pas abouti. Rien n&apos;a été enregistré à moitié.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="29"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="30"/>
        <source>Sending</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="31"/>
        <location filename="../../planner/ui/outbox_dialog.py" line="63"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="32"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="33"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="41"/>
        <source>Messages to customers</source>
        <translation>Messages aux clients</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="44"/>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="47"/>
        <source>Send due messages now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="48"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="57"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="58"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="59"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="60"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="61"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="62"/>
        <source>Not before</source>
        <translation>Pas avant</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="64"/>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="65"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../../planner/ui/outbox_dialog.py" line="103"/>
        <source>Sending messages…</source>
        <translation>Envoi des messages…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="45"/>
        <source>Work offline (never call a web service)</source>
        <translation>Travailler hors ligne (ne jamais appeler de service web)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="48"/>
        <source>empty: never used</source>
        <translation>vide : jamais utilisé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="50"/>
        <source>empty: offline travel-time model</source>
        <translation>vide : modèle de trajet hors ligne</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="66"/>
        <source>National address base (BAN)</source>
        <translation>Base Adresse Nationale (BAN)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="67"/>
        <source>Nominatim (fallback)</source>
        <translation>Nominatim (secours)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="68"/>
        <source>Web service time limit</source>
        <translation>Délai d&apos;attente des services web</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="71"/>
        <source>Without a network, addresses are placed at their town centre from the built-in list of communes and marked « to check ».</source>
        <translation>Sans réseau, les adresses sont placées au centre de leur commune grâce à la liste des communes intégrée, et marquées « à vérifier ».</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="78"/>
        <source>OSRM route server</source>
        <translation>Serveur d&apos;itinéraires OSRM</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="79"/>
        <source>OSRM table size limit</source>
        <translation>Taille maximale des tableaux OSRM</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="80"/>
        <source>Detour factor (offline model)</source>
        <translation>Facteur de détour (modèle hors ligne)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="81"/>
        <source>Parking time per stop</source>
        <translation>Temps de stationnement par arrêt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="82"/>
        <source>Show the OpenStreetMap background on the map (when online)</source>
        <translation>Afficher le fond OpenStreetMap sur la carte (en ligne)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="86"/>
        <source>Map tile server</source>
        <translation>Serveur de tuiles de la carte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="100"/>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="101"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="102"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="103"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="104"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="114"/>
        <source>None (local server only)</source>
        <translation>Aucune (serveur local uniquement)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="118"/>
        <location filename="../../planner/ui/settings_dialog.py" line="127"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="123"/>
        <source>empty: no text messages</source>
        <translation>vide : pas de SMS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="130"/>
        <source>Send a test email</source>
        <translation>Envoyer un e-mail d&apos;essai</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="138"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="139"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="140"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="141"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="142"/>
        <source>Password (kept in the system keyring)</source>
        <translation>Mot de passe (rangé dans le trousseau du système)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="143"/>
        <source>Sender address</source>
        <translation>Adresse d&apos;expédition</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="144"/>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="145"/>
        <source>Reply to</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="146"/>
        <source>SMS gateway (HTTPS)</source>
        <translation>Passerelle SMS (HTTPS)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="147"/>
        <source>SMS sender name</source>
        <translation>Nom d&apos;expéditeur des SMS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="148"/>
        <source>SMS gateway key</source>
        <translation>Clé de la passerelle SMS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="149"/>
        <source>Check the settings</source>
        <translation>Vérifier les réglages</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="154"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="155"/>
        <source>Email and text messages</source>
        <translation>E-mails et SMS</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="156"/>
        <source>Addresses and travel times</source>
        <translation>Adresses et temps de trajet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="244"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="249"/>
        <source>Test email sent: check the inbox.</source>
        <translation>E-mail d&apos;essai envoyé : vérifiez la boîte de réception.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="342"/>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="342"/>
        <source>Edit site</source>
        <translation>Modifier le site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="344"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="276"/>
        <source>e.g. Workshop, Holiday home (optional)</source>
        <translation>ex. Atelier, Résidence secondaire (facultatif)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="278"/>
        <source>e.g. 12 rue Sommeiller</source>
        <translation>ex. 12 rue Sommeiller</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="287"/>
        <source>Door code, key, dog, parking…</source>
        <translation>Digicode, clé, chien, stationnement…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="293"/>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="294"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="295"/>
        <source>Address line 2</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="296"/>
        <source>Postcode and town</source>
        <translation>Code postal et commune</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="297"/>
        <source>Access notes</source>
        <translation>Consignes d&apos;accès</translation>
    </message>
    <message>
        <location filename="../../planner/ui/customer_dialogs.py" line="298"/>
        <source>Phone on site</source>
        <translation>Téléphone sur place</translation>
    </message>
</context>
<context>
    <name>SkillDialog</name>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="607"/>
        <source>New skill</source>
        <translation>Nouvelle compétence</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="612"/>
        <source>Charging stations</source>
        <translation>Bornes de recharge</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="614"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="615"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="313"/>
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="321"/>
        <source>Stop placing</source>
        <translation>Arrêter le placement</translation>
    </message>
    <message>
        <location filename="../../planner/ui/import_wizard.py" line="336"/>
        <source>%1 rows imported, %2 updated, %3 duplicates left out, %4 rejected (see the list of the previous step). Created: %5 customers, %6 sites, %7 contracts, %8 visits.</source>
        <translation>%1 lignes importées, %2 mises à jour, %3 doublons écartés, %4 rejetées (voir la liste de l&apos;étape précédente). Créés : %5 clients, %6 sites, %7 contrats, %8 interventions.</translation>
    </message>
</context>
<context>
    <name>TechnicianEditor</name>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="228"/>
        <source>Select a technician, or create one (Ctrl+N).</source>
        <translation>Sélectionnez un technicien, ou créez-en un (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="247"/>
        <source>Active (can be given visits)</source>
        <translation>Actif (peut recevoir des interventions)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="248"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="250"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="251"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="252"/>
        <source>Colour on the board</source>
        <translation>Couleur sur le planning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="253"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="254"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="257"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="260"/>
        <source>New skill…</source>
        <translation>Nouvelle compétence…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="263"/>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="266"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="266"/>
        <location filename="../../planner/ui/technicians_page.py" line="328"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="266"/>
        <location filename="../../planner/ui/technicians_page.py" line="329"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="266"/>
        <source>Split</source>
        <translation>Coupure</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="281"/>
        <source>Lunch break of</source>
        <translation>Pause déjeuner de</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="283"/>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="285"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="295"/>
        <source>e.g. Office, 3 avenue du Pré-Félin, Annecy</source>
        <translation>ex. Siège, 3 avenue du Pré-Félin, Annecy</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="299"/>
        <location filename="../../planner/ui/technicians_page.py" line="309"/>
        <source>lat.</source>
        <translation>lat.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="301"/>
        <location filename="../../planner/ui/technicians_page.py" line="311"/>
        <source>lon.</source>
        <translation>long.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="303"/>
        <source>Ends the day where it starts</source>
        <translation>Finit la journée là où il la commence</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="313"/>
        <source>Start and end of the day</source>
        <translation>Début et fin de journée</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="315"/>
        <source>Leaves from</source>
        <translation>Part de</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="318"/>
        <source>Ends at</source>
        <translation>Finit à</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="327"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="330"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="338"/>
        <source>Add an absence…</source>
        <translation>Ajouter une absence…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="339"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="340"/>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="350"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="352"/>
        <source>Discard changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="374"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="441"/>
        <source>New technician</source>
        <translation>Nouveau technicien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="492"/>
        <source>%1 a week, lunch breaks excluded</source>
        <translation>%1 par semaine, pauses déjeuner déduites</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="586"/>
        <source>Remove absence</source>
        <translation>Supprimer l&apos;absence</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="587"/>
        <source>Remove this absence? The technician becomes available again on those days.</source>
        <translation>Supprimer cette absence ? Le technicien redevient disponible ces jours-là.</translation>
    </message>
</context>
<context>
    <name>TechniciansPage</name>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="73"/>
        <source>Filter: name, skill</source>
        <translation>Filtrer : nom, compétence</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="75"/>
        <source>New technician</source>
        <translation>Nouveau technicien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="78"/>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="79"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="80"/>
        <source>Hours/week</source>
        <translation>Heures/sem.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="81"/>
        <source>Next absence</source>
        <translation>Prochaine absence</translation>
    </message>
    <message>
        <location filename="../../planner/ui/technicians_page.py" line="82"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>ViewSwitch</name>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1298"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1298"/>
        <source>The week board</source>
        <translation>Le tableau de la semaine</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1299"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1299"/>
        <source>The rounds on a map</source>
        <translation>Les tournées sur une carte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1300"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../planner/ui/map_view.py" line="1300"/>
        <source>The board and the map side by side</source>
        <translation>Le tableau et la carte côte à côte</translation>
    </message>
</context>
</TS>
