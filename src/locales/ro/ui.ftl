# Paginile Procura în limba română. Câte un mesaj pentru fiecare text afișat
# de o pagină; celelalte limbi au aceleași chei (le adaugă tichetul despre limbi).

## Aspect general și navigare
skip-to-content = Sari la conținut
nav-label = Meniu principal
nav-mine = Cererile mele
nav-new = Cerere nouă
nav-inbox = Așteaptă decizia mea
nav-sign-out = Ieși din cont
nav-decided = Deciziile mele
nav-delegations = Delegări
overdue = termen depășit
inbox-waiting = { PLURAL($count) ->
    [one] O cerere vă așteaptă decizia
    [few] { $count } cereri vă așteaptă decizia
   *[other] { $count } de cereri vă așteaptă decizia
}
next-page = Pagina următoare
choose = Alegeți…
none = Niciuna

## Autentificare
sign-in-title = Autentificare
sign-in-email = E-mail
sign-in-password = Parolă
sign-in-button = Intră în cont
sign-in-wrong = Adresa de e-mail sau parola nu este corectă.
sign-in-throttled = { PLURAL($seconds) ->
    [one] Prea multe încercări. Încercați din nou peste o secundă.
    [few] Prea multe încercări. Încercați din nou peste { $seconds } secunde.
   *[other] Prea multe încercări. Încercați din nou peste { $seconds } de secunde.
}
sign-in-first-admin = Prima pornire? Parola de unică folosință a administratorului se află în jurnalul serverului Procura.
resume-sign-in = Sesiunea dumneavoastră s-a închis înainte ca formularul să fie trimis. Autentificați-vă din nou și îl veți putea trimite așa cum l-ați lăsat.
resume-heading = Trimiterea formularului
resume-detail = V-ați autentificat din nou, iar ce ați scris s-a păstrat. Trimiteți formularul acum sau renunțați la el.
resume-send = Trimite formularul
resume-discard = Renunță și mergi la pagina de start

## Erori
error-heading = Operațiunea nu a putut fi efectuată
error-back = Înapoi la Procura
error-csrf-heading = Formularul a expirat
error-csrf-detail = Formularul nu a fost trimis de pe această pagină Procura sau sesiunea dumneavoastră s-a schimbat de când l-ați deschis. Reveniți la pagina anterioară, reîncărcați-o și încercați din nou.
error-not-found-heading = Pagina nu a fost găsită
error-not-found-detail = Această pagină nu există sau nu aveți acces la ea.
error-internal-heading = A apărut o problemă
error-internal-detail = S-a produs o eroare neașteptată, care a fost înregistrată. Încercați din nou peste câteva clipe.

## Liste
mine-title = Cererile mele
mine-empty = Nu aveți încă nicio cerere.
inbox-title = Așteaptă decizia mea
inbox-empty = Nicio cerere nu vă așteaptă decizia.
filter-status = Stare
filter-any-status = Orice stare
filter-any-department = Orice departament
filter-apply = Afișează
filter-step = Etapă
filter-any-step = Orice etapă
filter-waiting = Așteaptă de cel puțin
filter-any-wait = Orice durată
inbox-empty-filtered = Niciuna dintre cererile care vă așteaptă decizia nu corespunde acestor filtre.
col-reference = Număr
col-title = Titlu
col-status = Stare
col-total = Total
col-decides-now = Cine decide acum
col-age = Vechime
col-requester = Solicitant
col-department = Departament
col-waiting = Timp de așteptare
col-description = Descriere
col-category = Categorie
col-quantity = Cantitate
col-unit-price = Preț unitar
col-line-total = Valoare
col-received = Cantitate recepționată
age-minutes = { PLURAL($count) ->
    [one] 1 minut
    [few] { $count } minute
   *[other] { $count } de minute
}
age-hours = { PLURAL($count) ->
    [one] 1 oră
    [few] { $count } ore
   *[other] { $count } de ore
}
age-days = { PLURAL($count) ->
    [one] 1 zi
    [few] { $count } zile
   *[other] { $count } de zile
}

## Vocabulare
status-draft = Ciornă
status-submitted = În aprobare
status-approved = Aprobată
status-ordered = Comandată
status-partially-received = Recepționată parțial
status-received = Recepționată
status-returned = Returnată spre corectare
status-rejected = Respinsă
status-cancelled = Anulată
category-hardware = Hardware
category-software = Software
category-consumables = Consumabile
category-services = Servicii
category-other = Altele
step-department-head = Șef de departament
step-it-head = Șef IT
step-finance = Financiar
step-director = Director
step-status-waiting = În așteptare
step-status-pending = În curs de decizie
step-status-approved = Aprobată
step-status-returned = Returnată
step-status-rejected = Respinsă
step-status-cancelled = Anulată
role-employee = Angajat
role-approver = Aprobator
role-it-specialist = Specialist IT
role-finance = Financiar
role-admin = Administrator
action-create = a creat ciorna
action-edit = a modificat cererea
action-submit = a trimis spre aprobare
action-approve = a aprobat
action-return = a returnat spre corectare
action-reject = a respins
action-cancel = a anulat
action-order = a comandat
action-receive = a înregistrat o recepție
action-close-short = a închis poziții cu livrare incompletă
action-escalate = escaladare

## O cerere
field-requester = Solicitant
field-department = Departament
field-needed-by = Necesar până la
field-total = Total
field-created = Creată la
field-decides-now = Cine decide acum
decides-now-waiting-since = așteaptă din { $when }
field-title = Titlu
field-justification = Justificare
field-justification-hint = De ce este necesară achiziția: aprobatorii citesc mai întâi acest text.
field-paying-department = Departament plătitor
field-location = Locație de depozitare
field-location-hint = Pentru consumabile: locul în care vor fi depozitate bunurile.
field-name = Nume și prenume
field-email = E-mail
field-roles = Roluri
lines-heading = Poziții
chain-heading = Aprobări
chain-round = runda { $round }
history-heading = Istoric
on-behalf-of = pentru { $name }
decide-heading = Decizia dumneavoastră
decide-as-delegate = Decideți ca delegat pentru { $name }.
decide-comment = Comentariu
decide-comment-hint = Opțional la aprobare; obligatoriu la returnarea spre corectare sau la respingere (motivul).
decide-approve = Aprobă
decide-return = Returnează spre corectare
decide-reject = Respinge
decide-approve-anyway = Aprobă oricum, peste buget
decide-approve-anyway-hint = Această aprobare depășește bugetul afișat mai sus sau privește o lună fără plafon. Bifați pentru a confirma: istoricul o consemnează, iar departamentul financiar este informat.
decide-override-budget = Treci peste blocarea bugetară și aprobă
decide-override-budget-hint = Politica blochează aprobările peste acest plafon; rolul dumneavoastră vă permite să treceți peste blocare. Bifați pentru a confirma: aprobarea se consemnează în istoric, iar departamentul financiar este informat.
decide-budget-blocked = Această cerere depășește bugetul, iar politica o blochează: nu o puteți aproba. Returnați-o, respingeți-o sau cereți departamentului financiar să mărească plafonul ori să decidă.
problem-approve-anyway-over-budget-unconfirmed = Aprobarea depășește bugetul: bifați caseta ca să aprobați oricum sau returnați cererea.
refusal-over-budget = Această cerere depășește bugetul, iar politica o blochează: doar rolul indicat în politică poate trece peste blocare.
refusal-over-budget-unconfirmed = Aprobarea depășește bugetul: bifați „Aprobă oricum” pentru a confirma.
position-heading = Buget
position-intro = Ce înseamnă aprobarea pentru bugetul departamentului plătitor pe luna { $month }, inclusiv această cerere.
position-limit = Plafon
position-approved = Aprobat, necomandat
position-committed = Comandat, de primit
position-actual = Recepționat
position-this = Această cerere
position-remaining = Disponibil
position-over-by = depășire { $amount }
position-no-limit = fără plafon
position-rule-warn = O aprobare peste buget trebuie confirmată de aprobator; departamentul financiar este informat.
position-rule-block = Politica blochează aprobările peste acest buget; le pot aproba doar cei cu rolul care permite trecerea peste blocare, iar departamentul financiar este informat.
decide-through-link = Decideți în calitate de { $name }, prin linkul din e-mailul de aprobare. Linkul funcționează o singură dată; pentru orice altă acțiune, autentificați-vă în Procura.
history-via-email = prin linkul din e-mail

## Un link de decizie care nu mai are niciun efect
link-used-heading = Acest link a fost deja folosit
link-used-detail = Linkul dintr-un e-mail de aprobare poate fi folosit pentru o singură decizie. Decizia luată prin el este afișată mai jos.
link-decided-heading = Pentru această etapă s-a luat deja o decizie
link-decided-detail = Decizia a fost luată înainte de folosirea acestui link sau cererea nu mai este în aprobare. Deschiderea linkului nu a schimbat nimic.
link-expired-heading = Acest link a expirat
link-expired-detail = { PLURAL($days) ->
    [one] Linkurile din e-mailurile de aprobare sunt valabile o zi. Cererea încă așteaptă o decizie: deschideți-o în Procura și decideți acolo.
    [few] Linkurile din e-mailurile de aprobare sunt valabile { $days } zile. Cererea încă așteaptă o decizie: deschideți-o în Procura și decideți acolo.
   *[other] Linkurile din e-mailurile de aprobare sunt valabile { $days } de zile. Cererea încă așteaptă o decizie: deschideți-o în Procura și decideți acolo.
}
link-disabled-heading = Acest link nu mai funcționează
link-disabled-detail = Contul destinatarului a fost dezactivat.
link-application = Cerere
link-status = Starea cererii
link-step = Această etapă
link-decided-by = Decizie luată de
link-decided-at = Data deciziei
link-valid-until = Linkul a fost valabil până la
link-open-application = Deschide cererea
requester-actions = Ce puteți face
action-edit-button = Modifică
action-submit-button = Trimite spre aprobare
cancel-heading = Anulează această cerere
cancel-comment = Motiv (opțional)
cancel-button = Anulează cererea

## Formularul cererii
editor-new-title = Cerere nouă
editor-edit-title = Modificarea cererii { $reference }
editor-returned-heading = Returnată spre corectare
editor-problems = { PLURAL($count) ->
    [one] O problemă trebuie rezolvată înainte ca cererea să poată merge mai departe.
    [few] { $count } probleme trebuie rezolvate înainte ca cererea să poată merge mai departe.
   *[other] { $count } de probleme trebuie rezolvate înainte ca cererea să poată merge mai departe.
}
editor-add-line = Adaugă o poziție
editor-catalogue = Din catalog
editor-catalogue-hint = Tastați un cod SKU sau o parte din denumire, apoi alegeți articolul: descrierea, categoria și prețul unitar se completează automat.
editor-catalogue-find = Caută
editor-catalogue-chosen = Articol din catalog: { $item }
editor-catalogue-matches = Articole găsite în catalog
editor-catalogue-none = Niciun articol din catalog nu corespunde căutării „{ $query }”.
editor-remove-line = Elimină
editor-remove-line-label = Elimină poziția { $number }
editor-submit = Trimite spre aprobare
editor-save = Salvează ciorna
editor-back = Înapoi la cerere

## Deciziile mele
decided-title = Deciziile mele
decided-empty = Nu ați luat încă nicio decizie.
decided-latest = { PLURAL($count) ->
    [one] Ultima decizie luată de dumneavoastră.
    [few] Ultimele { $count } decizii luate de dumneavoastră, începând cu cea mai recentă.
   *[other] Ultimele { $count } de decizii luate de dumneavoastră, începând cu cea mai recentă.
}
col-my-decision = Decizia mea
col-now = Stare actuală

## Delegări
delegations-title = Delegări
delegations-given = Cine decide în locul meu
delegations-given-empty = Nu ați numit niciun delegat.
delegations-received = Pentru cine decid
delegations-received-empty = Nimeni nu v-a numit delegat.
delegation-to = { $name } decide în locul dumneavoastră
delegation-for = Decideți pentru { $name }
delegation-end = Încheie acum
delegation-new = Delegat nou
delegation-find = Caută o persoană
delegation-find-button = Caută
delegation-more = Nu încap în listă toate persoanele găsite: scrieți mai multe litere din nume sau din adresa de e-mail, ca să restrângeți căutarea.
delegation-delegate = Delegat
delegation-starts = De la
delegation-ends = Până la (inclusiv)
delegation-create = Numește delegatul

## Profil
profile-title = Profilul meu
password-heading = Schimbarea parolei
password-first = Parola cu care v-ați autentificat este o parolă de unică folosință. Alegeți o parolă proprie: celelalte pagini Procura devin accesibile după ce o schimbați.
password-current = Parola actuală
password-new = Parola nouă
password-confirm = Confirmați parola nouă
password-rules = Cel puțin 10 caractere.
password-button = Schimbă parola
password-changed = Parola a fost schimbată. Celelalte sesiuni ale dumneavoastră au fost închise.

## Probleme de câmp, după cod; fără un mesaj aici se afișează propoziția serviciului
problem-mismatch = Cele două parole noi nu coincid.
# Orice câmp cu acest cod
problem-required = Câmpul este obligatoriu.
problem-invalid = Procura nu poate citi valoarea: verificați cum este scrisă.
problem-invalid-value = Valoarea nu este permisă aici.
problem-not-found = Opțiunea aleasă nu mai există sau nu o puteți folosi.
problem-inactive = Opțiunea aleasă este dezactivată sau nu mai este folosită.
problem-negative = Valoarea nu poate fi negativă.
problem-not-positive = Valoarea trebuie să fie mai mare decât 0.
problem-too-long = Depășește limita permisă.
problem-too-short = Textul este prea scurt.
problem-too-large = Numărul este prea mare.
problem-too-precise = Numărul are prea multe zecimale.
problem-too-many = Sunt prea multe.
problem-total-too-large = Totalul este prea mare.
problem-in-past = Data a trecut deja.
problem-in-the-past = Data a trecut deja.
problem-before-start = Nu poate fi înainte de început.
problem-self = Trebuie să fie altă persoană decât dumneavoastră.
problem-duplicate = Apare de două ori.
problem-wrong-password = Nu este parola dumneavoastră actuală.
problem-invalid-email = Nu este o adresă de e-mail.
# Un câmp anume cu un cod anume
problem-title-required = Dați un titlu cererii.
problem-justification-required = Explicați de ce este necesară achiziția.
problem-department-id-required = Alegeți departamentul care plătește.
problem-needed-by-required = Indicați data până la care este necesară achiziția.
problem-needed-by-in-past = Data a trecut: alegeți ziua de azi sau o zi ulterioară.
problem-needed-by-invalid = Introduceți o dată.
problem-lines-required = Adăugați cel puțin o poziție.
problem-lines-total-too-large = Totalul pozițiilor este prea mare.
problem-line-description-required = Descrieți poziția sau alegeți un articol din catalog.
problem-line-quantity-invalid = Introduceți cantitatea ca număr.
problem-line-quantity-not-positive = Cantitatea trebuie să fie mai mare decât 0.
problem-line-quantity-too-precise = Cantitatea poate avea cel mult 3 zecimale.
problem-line-unit-price-invalid = Introduceți prețul unitar ca sumă, de exemplu 1 234,50.
problem-line-unit-price-negative = Prețul unitar nu poate fi negativ.
problem-line-unit-price-too-precise = Prețul poate avea cel mult 2 zecimale.
problem-comment-required = Precizați ce trebuie corectat.
problem-reason-required = Pentru respingere este necesar un motiv.
problem-delegate-id-required = Alegeți persoana care decide în locul dumneavoastră.
problem-delegate-id-self = Nu puteți fi propriul dumneavoastră delegat.
problem-starts-on-invalid = Introduceți data primei zile.
problem-ends-on-invalid = Introduceți data ultimei zile.
problem-ends-on-before-start = Ultima zi nu poate fi înaintea primei zile.
problem-ends-on-in-the-past = Ultima zi a trecut: delegarea nu s-ar aplica niciodată.
problem-new-password-too-short = Parola nouă este prea scurtă: folosiți cel puțin 10 caractere.
problem-out-of-range = Valoarea este în afara intervalului permis.
problem-nothing-remains = Pe această poziție nu mai urmează nimic de livrat.
problem-invalid-month = Introduceți o lună, de exemplu 2026-07.
problem-invalid-id = Opțiunea aleasă nu este validă.
problem-unknown-field = Procura nu cunoaște acest câmp.
problem-unknown-format = Procura nu cunoaște acest format.
problem-ends-on-too-long = Delegarea durează mai mult decât permite politica de aprobare.

## Acțiuni refuzate, după codul refuzului
refusal-version-conflict = Datele au fost modificate cât timp pagina era deschisă. Reîncărcați pagina și faceți din nou modificarea.
refusal-step-already-decided = Pentru această etapă s-a luat deja o decizie.
refusal-not-your-step = Decizia din etapa curentă nu vă revine.
refusal-self-approval = Nimeni nu ia decizii privind propria cerere sau propriul buget: aici decide altcineva.
refusal-four-eyes = Luați decizia și într-o altă etapă a acestei cereri: când e vorba de bani, în această etapă decide altcineva.
refusal-invalid-transition = Acest lucru nu se poate face în starea actuală a cererii.
refusal-forbidden = Nu aveți dreptul să faceți acest lucru.
refusal-not-requester = Doar solicitantul acestei cereri poate face acest lucru.
refusal-no-approver = Deocamdată nimeni nu poate lua decizia în etapa următoare: un administrator trebuie să desemneze un aprobator.
refusal-not-delegator = Doar aprobatorul care a numit delegatul poate încheia delegarea.
refusal-already-exists = Există deja.
refusal-concurrent-change = Ceva s-a modificat în timp ce operațiunea era în curs. Încercați din nou.
refusal-self-fulfilment = Politica de aprobare nu vă permite să comandați sau să recepționați ceea ce ați solicitat chiar dumneavoastră.
refusal-too-many-requests = { PLURAL($seconds) ->
        [one] Prea multe încercări. Încercați din nou peste o secundă.
        [few] Prea multe încercări. Încercați din nou peste { $seconds } secunde.
       *[other] Prea multe încercări. Încercați din nou peste { $seconds } de secunde.
    }

## Limbă
language-label = Limba
language-browser = Limba browserului
language-button = Salvează limba
language-saved = Limba a fost salvată.

## Date calendaristice: numele lunilor așa cum apar într-o dată și modelele de dată
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
date-long = { $day } { $month } { $year }
date-time = { $date }, { $time }

## Listele specialistului IT, formularele de comandă și de recepție
nav-to-order = De comandat
nav-deliveries = Livrări
to-order-title = De comandat
to-order-intro = Cererile aprobate care urmează să fie comandate, începând cu cele care așteaptă de cel mai mult timp.
to-order-empty = Nicio cerere nu așteaptă să fie comandată.
deliveries-title = Livrări
deliveries-intro = Cererile comandate ale căror articole nu au sosit încă toate, începând cu cele mai vechi.
deliveries-empty = Nu se așteaptă nicio livrare.
fulfil-heading = Comandă și recepție
fulfil-order = Înregistrează comanda
fulfil-receive = Înregistrează o recepție
order-title = Comanda
order-intro = Înregistrați comanda trimisă furnizorului, cu prețurile din comandă.
order-supplier = Furnizor
order-reference = Numărul comenzii la furnizor
order-expected-on = Livrare estimată
order-prices = Prețuri pe poziții
order-approved-price = Preț unitar aprobat
order-actual-price = Preț unitar din comandă
order-approved-total = Total aprobat
order-tolerance-hint = Un total mai mare este acceptat în limita toleranței din politica de aprobare; peste această limită, cererea revine la aprobare pentru diferență.
order-button = Înregistrează comanda
receive-title = Recepția
receive-intro = Introduceți ce a sosit acum pe fiecare poziție. Articolele livrate, dar respinse la recepție, se returnează furnizorului și rămân așteptate: indicați cantitatea lor și motivul.
receive-location = Locație de depozitare
receive-location-hint = Unde intră în stoc consumabilele din catalog recepționate acum.
receive-lines = Ce a sosit
receive-now = Cantitate acceptată acum
receive-rejected = Cantitate respinsă
receive-reason = Motivul respingerii
receive-now-label = Cantitate acceptată acum: { $line }
receive-rejected-label = Cantitate respinsă: { $line }
receive-reason-label = Motivul respingerii: { $line }
receive-line-done = Nu mai urmează nimic de livrat.
receive-button = Înregistrează recepția
problem-over-receipt = Este mai mult decât a mai rămas de livrat pe această poziție.
problem-supplier-required = Indicați furnizorul.
problem-reference-required = Indicați numărul comenzii la furnizor.
problem-location-id-required = Alegeți locația de depozitare: consumabilele din catalog intră în stoc.
problem-line-rejection-reason-required = Indicați motivul respingerii.

## Pagina de start: ce necesită atenția dumneavoastră
home-title = Ce necesită atenția dumneavoastră
home-nothing = Momentan nimic nu necesită atenția dumneavoastră.
home-oldest = Cea mai veche așteaptă de { $age }:
home-returned = Cererile dumneavoastră returnate spre corectare
home-drafts = Ciornele dumneavoastră
home-all = Afișează tot
home-low-stock = Stocuri la pragul de reaprovizionare sau sub el
home-on-hand = { $quantity } în stoc
home-reorder-point = pragul de reaprovizionare: { $quantity }

## Stocuri
nav-stock = Stocuri
stock-title = Stoc curent
stock-search = Cod SKU sau denumire
stock-any-location = Orice locație
stock-below-only = Doar la pragul de reaprovizionare sau sub el
stock-empty = Nu s-a găsit niciun stoc.
stock-col-sku = Cod SKU
stock-col-item = Articol
stock-col-on-hand = În stoc
stock-col-reorder-point = Prag de reaprovizionare
stock-col-max-level = Stoc maxim
stock-low = Scăzut

## Livrări așteptate săptămâna aceasta
deliveries-week-intro = Livrările așteptate până la sfârșitul acestei săptămâni, inclusiv cele întârziate, începând cu cele mai vechi.
deliveries-week-empty = Nu se așteaptă nicio livrare săptămâna aceasta.
home-deliveries-week = Livrări așteptate săptămâna aceasta

## Pagina unui articol din stoc, formularele de mișcare și parametrii de reaprovizionare
stock-item-unit = Unitate de măsură
stock-item-lead-time = Termen de livrare al furnizorului
stock-item-days = { PLURAL($count) ->
    [one] { $count } zi
    [few] { $count } zile
   *[other] { $count } de zile
}
stock-item-state = Stare
stock-item-retired = Nu se mai ține în stoc
stock-item-balances = Stoc curent pe locații
stock-item-no-balance = Acest articol nu are încă stoc în nicio locație.
stock-item-links = Grafic și parametri de reaprovizionare
stock-item-charted = În grafic
stock-item-chart-at = Grafic pentru { $location }
stock-item-policy-at = Parametri pentru { $location }
stock-chart-heading = Evoluția stocului în ultimele 90 de zile: { $location }
stock-chart-changes = Zilele în care stocul s-a modificat
stock-chart-day = Ziua
stock-chart-closing = Stoc la sfârșitul zilei
chart-reorder-point = Prag de reaprovizionare: { $value }
chart-max-level = Stoc maxim: { $value }
chart-summary = Pe { $from } stocul era de { $start }, iar pe { $to }, de { $end }; cel mai scăzut nivel, { $low }, a fost atins pe { $lowday }.
chart-summary-policy = Pe { $from } stocul era de { $start }, iar pe { $to }, de { $end }; cel mai scăzut nivel, { $low }, a fost atins pe { $lowday }; la pragul de reaprovizionare sau sub el: { PLURAL($below) ->
    [one] o zi
    [few] { $below } zile
   *[other] { $below } de zile
}.
date-short = { $day } { $month }
stock-ledger-heading = Mișcări de stoc
stock-ledger-from = De la
stock-ledger-to = Până la
stock-ledger-empty = Nicio mișcare de stoc în acest interval.
stock-ledger-when = Data
stock-ledger-kind = Mișcare
stock-ledger-unit-cost = Cost unitar
stock-ledger-issued-to = Primitor
stock-ledger-note = Observații
stock-ledger-by = Cine a înregistrat
stock-ledger-system = Procura
movement-receipt = Recepție
movement-issue = Dare în consum
movement-transfer = Transfer
movement-write-off = Scoatere din gestiune
movement-adjustment = Ajustare din inventariere
stock-move-actions = Înregistrează o mișcare de stoc
stock-move-receipt = Înregistrează o recepție
stock-move-receipt-intro = Articole intrate în stoc în afara livrării unei cereri: o returnare, o cutie găsită, stocul inițial.
stock-move-receipt-button = Înregistrează recepția
stock-move-issue = Dă în consum
stock-move-issue-intro = Predați articole din stoc unui angajat sau unui departament.
stock-move-issue-button = Înregistrează darea în consum
stock-move-transfer = Transferă
stock-move-transfer-intro = Mutați articole dintr-o locație în alta; stocul celor două locații se modifică simultan.
stock-move-transfer-button = Înregistrează transferul
stock-move-write-off = Scoate din gestiune
stock-move-write-off-intro = Scoateți din stoc articolele deteriorate, pierdute sau expirate, cu indicarea motivului.
stock-move-write-off-button = Înregistrează scoaterea din gestiune
stock-move-from = Din locația
stock-move-to = În locația
stock-move-quantity = Cantitate ({ $unit })
stock-move-unit-cost = Cost unitar
stock-move-unit-cost-hint = Opțional: cât a costat o unitate, pentru evaluarea stocului.
stock-move-issued-to = Primitor
stock-move-nobody = Nicio persoană anume
stock-move-find-person = Caută o persoană
stock-move-note = Observații
stock-move-reason = Motiv
stock-move-already-sent = Acest formular a fost deja trimis, cu alte valori. Verificați mișcările de stoc, apoi trimiteți-l din nou dacă mișcarea tot lipsește.
stock-back = Înapoi la articol
stock-policy-title = Parametri de reaprovizionare
stock-policy-intro = Când stocul scade până la pragul de reaprovizionare, Procura semnalează stocul scăzut și propune o reaprovizionare până la stocul maxim.
stock-policy-save = Salvează parametrii
stock-policy-suggested = Propunere pe baza ultimelor 90 de zile
stock-policy-basis = { PLURAL($days) ->
    [one] Cantitate dată în consum în ultima zi: { $issued }, adică în medie { $daily } pe zi.
    [few] Cantitate dată în consum în ultimele { $days } zile: { $issued }, adică în medie { $daily } pe zi.
   *[other] Cantitate dată în consum în ultimele { $days } de zile: { $issued }, adică în medie { $daily } pe zi.
}
stock-policy-safety-stock = Stoc de siguranță
stock-policy-apply = Folosește propunerea

## Lista de inventariere

## Catalogul: lista, formularul articolului, importul CSV cu verificare prealabilă
catalogue-title = Catalog
catalogue-new = Articol nou
catalogue-import = Import din CSV
catalogue-export = Descarcă în format CSV
catalogue-state-active = În sortiment
catalogue-state-retired = Retrase din sortiment
catalogue-state-all = Toate articolele
catalogue-empty = Nu s-a găsit niciun articol.
catalogue-category = Categorie
catalogue-unit-cost = Preț unitar
catalogue-supplier = Furnizor obișnuit
catalogue-lead-time-days = Termen de livrare al furnizorului, în zile
catalogue-order-multiple = Multiplu de comandă
catalogue-order-multiple-hint = Cantitățile propuse se rotunjesc în sus la un multiplu al acestei valori: 12 pentru cutii de câte 12 bucăți, 1 pentru orice cantitate.
catalogue-sku-hint = Codul articolului, unic în catalog. După creare nu mai poate fi modificat: importurile CSV găsesc articolul după acest cod.
catalogue-unit-hint = Cum se numără articolul: buc., top, cutie, m.
catalogue-create = Adaugă articolul
catalogue-save = Salvează articolul
catalogue-back = Înapoi la catalog
catalogue-retire-hint = Un articol retras din sortiment își păstrează stocul și istoricul, dar nu mai primește recepții noi și nu mai apare în propunerile de reaprovizionare.
catalogue-retired-hint = Acest articol este retras din sortiment: nu mai primește recepții noi și nu mai apare în propunerile de reaprovizionare.
catalogue-retire = Retrage din sortiment
catalogue-reactivate = Reintrodu în sortiment
catalogue-stock-page = Stocul articolului
catalogue-import-intro = Alegeți un fișier CSV al cărui prim rând conține numele coloanelor: sku, name, unit și unit_cost sunt obligatorii; category, supplier, lead_time_days, order_multiple și active sunt opționale. Procura verifică mai întâi întregul fișier și arată ce va face importul; nu se modifică nimic până nu confirmați. Ca punct de plecare, puteți descărca catalogul în format CSV.
catalogue-import-file = Fișier CSV
catalogue-import-check = Verifică fișierul
catalogue-import-bad-cells = { PLURAL($count) ->
    [one] { $count } problemă în fișier
    [few] { $count } probleme în fișier
   *[other] { $count } de probleme în fișier
}
catalogue-import-nothing-written = Nu s-a importat nimic. Corectați fișierul și verificați-l din nou.
catalogue-import-line = Rând
catalogue-import-column = Coloană
catalogue-import-problem = Problemă
catalogue-import-header = Rândul de antet
catalogue-import-plan-heading = Ce va face importul
catalogue-import-plan = { PLURAL($created) ->
    [one] { $created } articol nou
    [few] { $created } articole noi
   *[other] { $created } de articole noi
}, { PLURAL($updated) ->
    [one] { $updated } actualizat
    [few] { $updated } actualizate
   *[other] { $updated } actualizate
}, { PLURAL($unchanged) ->
    [one] { $unchanged } neschimbat
    [few] { $unchanged } neschimbate
   *[other] { $unchanged } neschimbate
}.
catalogue-import-done = Import încheiat: { PLURAL($created) ->
    [one] { $created } articol nou
    [few] { $created } articole noi
   *[other] { $created } de articole noi
}, { PLURAL($updated) ->
    [one] { $updated } actualizat
    [few] { $updated } actualizate
   *[other] { $updated } actualizate
}, { PLURAL($unchanged) ->
    [one] { $unchanged } neschimbat
    [few] { $unchanged } neschimbate
   *[other] { $unchanged } neschimbate
}.
catalogue-import-what = Ce se întâmplă
catalogue-import-create = Nou
catalogue-import-update = Actualizat
catalogue-import-unchanged = Neschimbat
catalogue-import-confirm = Importă fișierul
catalogue-import-another = Alege alt fișier
catalogue-import-too-large = Fișierul depășește dimensiunea maximă acceptată de Procura ({ $megabytes } MB): împărțiți-l în mai multe fișiere.
catalogue-import-unreadable = Procura nu a putut citi fișierul încărcat: alegeți-l din nou.
problem-file-required = Alegeți fișierul de importat.
problem-sku-taken = Alt articol are deja acest cod SKU.
problem-sku-duplicate = Acest cod SKU apare și pe un rând anterior al fișierului.
problem-category-invalid-value = Folosiți una dintre valorile hardware, software, consumables, services sau other.
problem-active-invalid-value = Scrieți true sau false.
problem-lead-time-days-invalid-value = Scrieți un număr întreg de zile.
problem-unit-cost-invalid-value = Scrieți prețul unei unități ca număr, cu punct zecimal, de exemplu 12.50.
problem-order-multiple-invalid-value = Scrieți un număr, de exemplu 1 sau 0.5 (cu punct zecimal).
problem-missing-column = Din rândul de antet lipsește o coloană obligatorie: sunt necesare sku, name, unit și unit_cost.
problem-unknown-column = Rândul de antet conține o coloană pe care Procura nu o cunoaște; coloanele acceptate sunt sku, name, category, unit, unit_cost, supplier, lead_time_days, order_multiple și active.
problem-invalid-csv = Procura nu poate citi fișierul ca CSV: salvați-l ca text UTF-8, cu valori separate prin virgulă și un rând de antet.
problem-too-many-rows = Fișierul conține mai multe articole decât acceptă un singur import: împărțiți-l în mai multe fișiere.

## Administrare: pagina principală, trimiterea e-mailurilor, jurnalul de audit
nav-admin = Administrare
admin-title = Administrare
home-failed-mail = E-mailuri care nu au putut fi livrate
notifications-title = Trimiterea e-mailurilor
notifications-failed-count = { $count ->
    [0] Nicio trimitere nu a eșuat.
   *[other] { PLURAL($count) ->
        [one] Un mesaj nu a putut fi livrat.
        [few] { $count } mesaje nu au putut fi livrate.
       *[other] { $count } de mesaje nu au putut fi livrate.
    }
}
notifications-pending-count = { PLURAL($count) ->
    [one] Un mesaj așteaptă trimiterea
    [few] { $count } mesaje așteaptă trimiterea
   *[other] { $count } de mesaje așteaptă trimiterea
}
notifications-degraded = E-mailurile pleacă cu întârziere: cel mai vechi mesaj din coadă așteaptă de mai mult timp decât ar trebui. Verificați serverul de e-mail.
notifications-status-failed = Eșuate
notifications-status-pending = În așteptarea trimiterii
notifications-status-sent = Trimise
notifications-oldest = Cel mai vechi mesaj așteaptă din
notifications-sent-last-minute = Trimise în ultimul minut
notifications-show = Afișează mesajele
notifications-empty = Nu există niciun mesaj aici.
notifications-created = Intrare în coadă
notifications-to = Către
notifications-subject = Subiect
notifications-attempts = Încercări
notifications-sent-at = Trimitere
notifications-next-attempt = Următoarea încercare
notifications-error = Ultima eroare
notifications-actions = Acțiuni
notifications-retry = Retrimite
notifications-retry-label = Retrimite „{ $subject }”
notifications-dismiss = Elimină
notifications-dismiss-label = Elimină „{ $subject }”
notifications-retried = Mesajul a fost pus din nou în coadă și va fi trimis în curând.
notifications-dismissed = Mesajul a fost eliminat; datele lui rămân în jurnalul de audit.
audit-title = Jurnal de audit
audit-intro = Toate modificările, cu autorul și momentul fiecăreia, începând cu cele mai noi. Alegeți o persoană sau o entitate din listă ca să vedeți doar modificările ei.
audit-entity = Entitate
audit-entity-id = ID-ul entității
audit-who = Cine
audit-action = Acțiune
audit-summary = Ce s-a modificat
audit-empty = Nu s-a găsit nicio înregistrare.
audit-clear = Afișează tot
audit-any-person = Orice persoană

## Administrare: conturile
users-title = Utilizatori
users-intro = Conturile, cu rolurile și departamentele lor; dezactivați un cont, dați-i o parolă de unică folosință, închideți-i sesiunile.
users-new = Utilizator nou
users-search = Nume sau e-mail
users-role = Rol
users-any-role = Orice rol
users-state-active = Cont activ
users-state-disabled = Cont dezactivat
users-state-all = Toate conturile
users-empty = Nu s-a găsit niciun cont.
users-name = Nume și prenume
users-email = E-mail
users-roles = Roluri
users-department = Departament
users-no-department = Fără departament
users-first-password = Parolă inițială
users-first-password-hint = Cel puțin 10 caractere. Comunicați-o persoanei pe altă cale decât prin e-mail; la prima autentificare, Procura îi cere să-și aleagă propria parolă.
users-create = Creează contul
users-save = Salvează contul
users-back = Înapoi la utilizatori
users-reset-password = Parolă de unică folosință
users-reset-password-hint = Pentru cineva care și-a uitat parola: se autentifică cu aceasta, apoi își alege una proprie. Sesiunile sale deschise se închid pe loc.
users-one-time-password = Noua parolă de unică folosință
users-password-again = Confirmați parola
users-reset-password-button = Setează parola de unică folosință
users-sessions = Sesiuni deschise
users-no-sessions = Nu există nicio sesiune deschisă.
users-session-started = Deschisă la
users-session-until = Valabilă până la
users-session-from = Adresă IP
users-end-sessions = Închide toate sesiunile
users-account = Cont
users-disable-hint = Cu un cont dezactivat nu se mai poate intra în Procura, iar sesiunile lui se închid; cererile, deciziile și istoricul lui se păstrează.
users-disabled-hint = Acest cont este dezactivat: titularul lui nu se poate autentifica.
users-disable = Dezactivează contul
users-enable = Activează contul
users-history = Istoricul contului
users-done-created = Contul a fost creat, iar titularului i s-a trimis un e-mail despre acesta.
users-done-saved = Contul a fost salvat.
users-done-enabled = Contul a fost activat din nou.
users-done-disabled = Contul a fost dezactivat, iar toate sesiunile lui au fost închise.
users-done-password = Parola de unică folosință a fost setată, iar toate sesiunile contului au fost închise.
users-done-signed-out = Toate sesiunile contului au fost închise.
problem-email-taken = Alt cont are deja această adresă de e-mail.
problem-roles-required = Alegeți cel puțin un rol.
problem-password-again-mismatch = Cele două parole diferă.
problem-password-too-short = Parola este prea scurtă: folosiți cel puțin 10 caractere.

## Administrare: arborele departamentelor
departments-title = Departamente
departments-intro = Structura organizației, așa cum o urmează circuitul de aprobare: o cerere ajunge mai întâi la șeful departamentului plătitor, apoi urcă în arbore; șeful departamentului din vârful arborelui este directorul, iar șeful departamentului IT verifică cererile de hardware și software.
departments-new = Departament nou
departments-empty = Încă nu există niciun departament.
departments-name = Denumire
departments-code = Cod
departments-head = Șef
departments-no-head = Fără șef
departments-it = Departament IT
departments-parent = Face parte din
departments-parent-hint = Departamentul imediat superior; departamentul din vârful arborelui nu face parte din niciunul.
departments-top = Niciunul: vârful organizației
departments-is-it = Acesta este departamentul IT: șeful său verifică cererile de hardware și software
departments-create = Adaugă departamentul
departments-save = Salvează departamentul
departments-back = Înapoi la departamente
problem-code-taken = Alt departament are deja acest cod.
problem-parent-id-creates-cycle = Un departament nu poate face parte din el însuși sau dintr-un departament subordonat lui.
problem-head-user-id-inactive = Contul acestei persoane este dezactivat: alegeți pe cineva cu un cont activ.

## Administrare: politica de aprobare
policy-title = Politica de aprobare
policy-intro = Cine aprobă cererile și de la ce sume, precum și regulile pentru comenzi, delegări și bugete. O modificare se aplică cererilor trimise spre aprobare după salvarea ei; circuitele de aprobare deja stabilite își păstrează etapele.
policy-saved = Politica de aprobare a fost salvată și se aplică cererilor trimise spre aprobare de acum înainte.
policy-chain = Circuitul de aprobare
policy-steps = Etapele pe care le poate avea un circuit, în această ordine
policy-finance-threshold = Pragul de la care aprobă departamentul financiar
policy-finance-threshold-hint = Cererile cu un total egal cu această sumă sau mai mare ajung și la departamentul financiar.
policy-director-threshold = Pragul de la care aprobă directorul
policy-director-threshold-hint = Cererile cu un total egal cu această sumă sau mai mare ajung și la director, adică la șeful departamentului din vârful arborelui.
policy-it-review-categories = Categoriile pe care le verifică șeful IT
policy-fallback-approver-id = Aprobator de rezervă
policy-fallback-approver-id-hint = Ia decizia într-o etapă pentru care arborele departamentelor nu are pe nimeni altcineva, de exemplu la o cerere a directorului însuși.
policy-no-fallback = Nimeni: o astfel de cerere nu poate fi trimisă spre aprobare
policy-four-eyes = Principiul celor patru ochi când e vorba de bani
policy-four-eyes-hint = În etapa departamentului financiar și în cea a directorului decide o persoană care nu ia decizia în nicio etapă anterioară a aceleiași cereri.
policy-distinct-steps = Câte o persoană diferită pentru fiecare etapă
policy-distinct-steps-hint = Când șeful de departament este și șeful IT, etapa șefului IT trece la următorul șef din arborele departamentului IT, în loc ca o singură decizie să acopere ambele etape.
policy-ordering = Comenzi și delegări
policy-currency = Monedă
policy-currency-hint = Codul ISO 4217 al monedei în care sunt exprimate toate sumele, de exemplu RON, EUR sau MDL.
policy-order-tolerance-percent = Procentul cu care o comandă poate depăși totalul aprobat
policy-order-tolerance-percent-hint = Se aplică cea mai mare dintre cele două toleranțe, acest procent sau suma de mai jos; peste această limită, cererea revine la aprobare pentru diferență.
policy-order-tolerance-amount = …sau suma cu care îl poate depăși
policy-order-tolerance-amount-hint = Astfel, diferențele mici de preț nu necesită o nouă aprobare.
policy-allow-self-fulfilment = Specialiștii IT pot comanda și recepționa articolele din propriile cereri
policy-allow-self-fulfilment-hint = Pentru o organizație cu un singur specialist IT; fiecare caz se înregistrează în jurnalul de audit, iar departamentul financiar primește un e-mail.
policy-other-payer-roles = Rolurile care pot alege un alt departament plătitor
policy-max-delegation-days = Durata maximă a unei delegări (zile)
policy-max-delegation-days-hint = Câte zile poate dura cel mult o delegare prin care un aprobator își încredințează deciziile altcuiva, inclusiv prima și ultima zi.
policy-budgets = Bugete
policy-budget-self-approval = Cine a generat o versiune de buget o poate și aproba
policy-budget-self-approval-hint = Pentru o organizație cu un singur utilizator în departamentul financiar; o astfel de aprobare este menționată pe pagina versiunii.
policy-stale-after-days = Termenul după care o poziție devine învechită (zile)
policy-stale-after-days-hint = O poziție încă deschisă la atâtea zile după termenul ei trece pe lista pozițiilor de rezolvat și nu se mai ia în calcul la plafoane.
policy-budget-check = Bugetul la aprobare
policy-budget-check-intro = Ce se întâmplă, pe categorii, când aprobarea unei cereri ar duce departamentul peste plafonul lunii.
budget-rule-none = Nimic: se afișează bugetul, se aprobă
budget-rule-warn = Avertizare: aprobatorul confirmă „Aprobă oricum”
budget-rule-block = Blocare: aprobă doar rolul care poate trece peste blocare
policy-no-limit = O lună fără plafon
policy-no-limit-hint = Când luna nu are plafon pentru departament și categorie. Lipsa plafonului nu înseamnă niciodată „nelimitat”: alegeți „Avertizare” sau „Blocare”, cu excepția cazului în care nu folosiți deloc plafoane.
policy-override-role = Cine poate trece peste blocare
policy-override-role-hint = Cei cu acest rol pot aproba peste un buget blocat, după confirmare; fiecare caz este consemnat în jurnalul de audit, iar departamentul financiar este informat.
policy-override-nobody = Nimeni
policy-reminders = Mementouri și escaladare
policy-remind-after-business-days = Termenul după care se trimite un memento (zile lucrătoare)
policy-remind-after-business-days-hint = Cine poate lua decizia într-o etapă care așteaptă primește un e-mail după atâtea zile lucrătoare și apoi din nou după fiecare tot atâtea; din acel moment etapa apare cu termen depășit. 0 înseamnă fără mementouri.
policy-escalate-after-business-days = Escaladare după (zile lucrătoare)
policy-escalate-after-business-days-hint = După atâtea zile lucrătoare este anunțat superiorul celui care decide, șeful de deasupra lui. 0 înseamnă fără escaladare.
policy-escalation-moves-step = Escaladarea transferă etapa superiorului
policy-escalation-moves-step-hint = Superiorul decide atunci în locul lui; o etapă financiară rămâne la departamentul financiar. Transferul se înregistrează în istoricul cererii.
policy-reminder-hour = Ora la care pleacă mementourile (0–23)
policy-reminder-hour-hint = În fiecare zi lucrătoare, la această oră, după fusul orar al organizației, câte un e-mail pentru fiecare persoană: un rezumat când mai multe cereri îi așteaptă decizia.
policy-preview = Previzualizarea circuitului de aprobare
policy-preview-intro = Cine ar lua deciziile privind o cerere trimisă astăzi spre aprobare de un angajat al departamentului ales mai jos, după politica așa cum o arată această pagină.
policy-preview-total = Totalul cererii
policy-preview-category = Categorie
policy-preview-department = Departament
policy-preview-button = Previzualizează circuitul
policy-preview-unsaved = Previzualizarea ține cont de modificările de mai sus, care nu sunt încă salvate.
policy-preview-heading = Circuitul de aprobare al unei cereri de { $total } din categoria „{ $category }”, de la departamentul „{ $department }”:
policy-preview-blocked = O astfel de cerere nu ar putea fi trimisă spre aprobare.
policy-preview-any-finance = orice utilizator din departamentul financiar
policy-gap-no-person = Nimeni nu poate lua decizia în etapa „{ $step }”: departamentul și cele superioare lui nu au alt șef decât solicitantul. Desemnați un șef sau un aprobator de rezervă.
policy-gap-no-it-department = Nimeni nu poate lua decizia în etapa „{ $step }”: niciun departament nu este marcat ca departament IT.
policy-gap-no-finance-user = Nimeni nu poate lua decizia în etapa „{ $step }”: nu există niciun alt utilizator activ în departamentul financiar.
policy-gap-director-decides-earlier = Nimeni nu poate lua decizia în etapa „{ $step }”: directorul ia decizia într-o etapă anterioară, iar principiul celor patru ochi cere o altă persoană. Desemnați un aprobator de rezervă.
policy-save = Salvează politica
problem-steps-required = Păstrați cel puțin o etapă: nimic nu se comandă fără aprobare.
problem-currency-invalid-currency = Scrieți un cod ISO 4217 din trei litere, de exemplu RON, EUR sau MDL.
problem-finance-threshold-invalid-amount = Scrieți o sumă de cel puțin 0, cu cel mult 2 zecimale.
problem-director-threshold-invalid-amount = Scrieți o sumă de cel puțin 0, cu cel mult 2 zecimale.
problem-order-tolerance-amount-invalid-amount = Scrieți o sumă de cel puțin 0, cu cel mult 2 zecimale.
problem-stale-after-days-out-of-range = Scrieți un număr de zile între 1 și 3650.
problem-max-delegation-days-out-of-range = Scrieți un număr de zile între 1 și 366.
problem-remind-after-business-days-out-of-range = Scrieți un număr de zile lucrătoare între 0 (dezactivat) și 250.
problem-escalate-after-business-days-out-of-range = Scrieți un număr de zile lucrătoare între 0 (dezactivat) și 250.
problem-reminder-hour-out-of-range = Scrieți o oră între 0 și 23.
problem-order-tolerance-percent-out-of-range = Scrieți un procent între 0 și 100.

## Administrare: zile libere
holidays-title = Zile libere
holidays-intro = Zilele nelucrătoare în afară de weekend. Mementourile și escaladarea numără doar zilele lucrătoare, deci zilele libere nu se socotesc la termenul unei etape.
holidays-of-year = Zile libere în { $year }
holidays-year-link = { $year }
holidays-none = Nu sunt zile libere stabilite pentru acest an.
holidays-day = Ziua
holidays-name = Denumire
holidays-actions = Acțiuni
holidays-remove = Elimină
holidays-remove-label = Elimină ziua liberă din { $day }
holidays-add = Adăugarea sau redenumirea unei zile libere
holidays-add-button = Salvează ziua liberă
holidays-import = Importul unei liste
holidays-list = Zile libere, câte una pe fiecare rând
holidays-list-hint = O dată și o denumire pe fiecare rând, de exemplu 2026-12-25 Crăciunul, așa cum se publică de obicei sărbătorile legale. Rândurile care încep cu # sunt ignorate; o zi deja stabilită este redenumită.
holidays-check = Verifică lista
holidays-import-button = Importă
holidays-checked = { PLURAL($count) ->
        [one] Lista conține o zi liberă; nimic nu se salvează până nu o importați:
        [few] Lista conține { $count } zile libere; nimic nu se salvează până nu le importați:
       *[other] Lista conține { $count } de zile libere; nimic nu se salvează până nu le importați:
    }
holidays-line-problem = Rândul { $line }: { $problem }
holidays-done-added = Ziua liberă a fost salvată.
holidays-done-removed = Ziua liberă a fost eliminată.
holidays-done-imported = Lista a fost importată.
problem-list-invalid-date = Începeți rândul cu o dată, de exemplu 2026-12-25.
problem-list-required = Scrieți denumirea zilei libere după dată.
problem-list-duplicate = Această zi apare deja pe un rând anterior.
problem-list-out-of-range = Folosiți o dată între anii 2000 și 2200.
problem-day-invalid-date = Alegeți o zi.
problem-name-required = Scrieți denumirea zilei libere.

## Administrare: programarea bugetelor
schedules-admin-title = Programarea generării bugetelor
schedules-admin-intro = Când se generează bugetele săptămânale și lunare și cine le primește. Fiecare buget se generează o singură dată pe perioadă, chiar dacă sunt pornite mai multe instanțe ale serverului Procura.
schedules-admin-next = Următoarele generări, în fusul orar { $zone }:
schedules-admin-not-running = Programare dezactivată: acest buget nu se generează automat.
schedules-admin-cron = Programare (expresie cron)
schedules-admin-cron-hint = Minutul, ora, ziua lunii, luna, ziua săptămânii: „0 7 * * Wed” înseamnă în fiecare miercuri la 07:00, iar „0 7 25 * *”, în ziua de 25 a fiecărei luni, tot la 07:00.
schedules-admin-timezone = Fus orar
schedules-admin-recipients = Destinatari
schedules-admin-recipients-hint = Câte o adresă de e-mail pe fiecare rând; lăsați câmpul necompletat pentru a trimite bugetul tuturor utilizatorilor activi din departamentul financiar.
schedules-admin-enabled = Se generează automat, conform programării
schedules-admin-save = Salvează programarea
schedules-saved = { $job }: programarea a fost salvată; următoarele generări, afișate mai jos, sunt calculate după ea.
problem-cron-invalid-cron = Procura nu poate citi această expresie: sunt necesare cinci câmpuri, de exemplu „0 7 * * Wed”.
problem-timezone-unknown-timezone = Procura nu cunoaște acest fus orar: scrieți-l în forma Europe/Bucharest, Europe/Chisinau sau UTC.
problem-recipients-invalid-email = Unul dintre rânduri nu este o adresă de e-mail.

## Replenishment
replenishment-title = Reaprovizionare
replenishment-intro = Articolele al căror stoc, ținând cont de ce este deja comandat și de consumul așteptat pe durata termenului de livrare al furnizorului, scade până la pragul de reaprovizionare, cu cantitatea de comandat pentru a reveni la stocul maxim. Bifați ce comandați, modificați cantitățile dacă este nevoie, apoi creați ciornele de cereri.
replenishment-empty = Nu trebuie comandat nimic: fiecare stoc cu parametri de reaprovizionare rămâne peste prag pe durata termenului de livrare.
replenishment-no-supplier = Fără furnizor obișnuit
replenishment-col-order = Se comandă
replenishment-col-on-order = Deja comandat
replenishment-col-daily-use = Consum pe zi
replenishment-col-projected = Stoc estimat
replenishment-col-policy = Prag / stoc maxim
replenishment-col-quantity = De comandat
replenishment-col-cost = Cost estimat
replenishment-select-label = Se comandă { $item }
replenishment-quantity-label = Cantitatea de comandat pentru { $item }
replenishment-suggested-policy = propunere: { $reorder } / { $max }
replenishment-apply = Aplică
replenishment-apply-label = Aplică parametrii propuși pentru { $item }
replenishment-applied = Parametrii propuși sunt în vigoare, iar lista de mai jos ține cont de ei.
replenishment-create-hint = Se creează câte o ciornă de cerere pentru fiecare locație, cu rândurile bifate; veți putea verifica fiecare ciornă înainte de a o trimite spre aprobare.
replenishment-create = Creează ciornele de cereri
problem-items-required = Bifați cel puțin un articol de comandat.
problem-nothing-suggested = Pentru acest articol nu se mai propune nimic în această locație: introduceți cantitatea dacă doriți totuși să-l comandați.
count-title = Listă de inventariere
count-open-sheet = Deschide lista
count-choose-location = Alegeți locația pe care o inventariați.
count-nothing-here = În această locație nu se păstrează nimic sau niciun articol nu corespunde căutării.
count-sheet-hint = Introduceți cantitățile numărate; lăsați necompletat rândul unui articol pe care nu l-ați numărat. Nimic nu se modifică până nu confirmați.
count-sheet-more = Această locație are mai multe articole decât cuprinde o listă: inventariați-o pe părți, cu ajutorul căutării.
count-sheet-caption = Articolele din această locație
count-print = Tipărește lista
count-col-expected = Stoc scriptic
count-col-counted = Stoc faptic
count-col-adjustment = Ajustare
count-counted-label = Stoc faptic: { $item }
count-preview-button = Verifică diferențele
count-preview-heading = Ajustările pe care le va înregistra această inventariere
count-preview-summary = { PLURAL($lines) ->
    [one] Un articol inventariat
    [few] { $lines } articole inventariate
   *[other] { $lines } de articole inventariate
}; { $differences ->
    [0] nicio diferență față de stocul scriptic.
   *[other] { PLURAL($differences) ->
        [one] o diferență față de stocul scriptic.
        [few] { $differences } diferențe față de stocul scriptic.
       *[other] { $differences } de diferențe față de stocul scriptic.
    }
}
count-preview-hint = Dacă stocul se modifică înainte să confirmați, fiecare ajustare se calculează față de stocul din momentul confirmării.
count-confirm = { $count ->
    [0] Confirmă inventarierea
   *[other] { PLURAL($count) ->
        [one] Confirmă inventarierea ({ $count } ajustare)
        [few] Confirmă inventarierea ({ $count } ajustări)
       *[other] Confirmă inventarierea ({ $count } de ajustări)
    }
}
count-change = Modifică cantitățile
count-done-title = Inventarierea locației
count-done-when = Data inventarierii
count-done-lines = Articole inventariate
count-done-adjustments = Ajustări înregistrate
count-another = Inventariază din nou această locație

## Bugete: lista, pagina unei versiuni, compararea a două versiuni
nav-budgets = Bugete
budgets-title = Bugete de achiziții
budgets-kind = Tip de buget
budgets-any-kind = Orice tip
budget-kind-weekly = Buget săptămânal
budget-kind-monthly = Buget lunar
budgets-empty = Nu a fost generat încă niciun buget.
budgets-col-period = Perioadă
budgets-col-revision = Versiune
budgets-col-generated = Generare
budgets-col-state = Stare
budget-authoritative = În vigoare
budget-late = Cu întârziere
budget-manual = manual
budget-overrun = Plafon depășit
budget-approved = Aprobată
budget-waiting = În așteptarea aprobării
budgets-generate = Generarea unei versiuni
budgets-generate-hint = O versiune nouă pentru orice săptămână sau lună, pe baza cererilor și a stocului din acest moment. Nu se trimite prin e-mail: departamentul financiar primește versiunea generată conform programării.
budgets-period-start = Prima zi a perioadei
budgets-period-start-hint = O zi de luni pentru un buget săptămânal, ziua de 1 a lunii pentru unul lunar.
budgets-generate-button = Generează
budget-revision = versiunea { $revision }
budget-on-schedule = conform programării
budget-limit = Plafon
budget-remaining = Disponibil
budget-month-to-date = Comandat de la începutul lunii
budget-counts = Aceasta este versiunea în vigoare pentru perioada sa.
budget-superseded = Pentru această perioadă este în vigoare versiunea { $revision }.
budget-approval = Aprobare
budget-approved-by = Aprobată de { $name }, { $when }.
budget-self-approved = A generat-o și a aprobat-o aceeași persoană, așa cum permite politica de aprobare.
budget-approve = Aprobă această versiune
budget-own-revision = Ați generat dumneavoastră această versiune, așa că o aprobă un alt utilizator din departamentul financiar.
budget-waiting-finance = Așteaptă aprobarea departamentului financiar.
budget-download = Descarcă:
budget-legend-new = Noi
budget-legend-carried = Reportate
budget-legend-over = Peste plafon
budget-by-department = Pe departamente
budget-by-category = Pe categorii
budget-bar = Totalul față de plafon
budget-no-department = Fără departament
budget-lines = Poziții
budget-any = Toate
budget-section = Secțiune
section-new = Noi
section-carried-over = Reportate
section-stale = Învechite
budget-stale-total = Nevoi învechite, în afara totalului
budget-lines-matched = { $count ->
    [0] Nu s-a găsit nicio poziție.
   *[other] { PLURAL($count) ->
        [one] S-a găsit o poziție.
        [few] S-au găsit { $count } poziții.
       *[other] S-au găsit { $count } de poziții.
    }
}
budget-due = Necesar până la
budget-days-overdue = { PLURAL($count) ->
    [one] { $count } zi de întârziere
    [few] { $count } zile de întârziere
   *[other] { $count } de zile de întârziere
}
budget-other-revisions = Alte versiuni pentru această perioadă
budget-compare-with = compară cu versiunea { $revision }
budget-compare-title = Compararea a două versiuni
budget-compare-intro = Ce s-a schimbat de la versiunea { $before } la versiunea { $after }.
budget-change = Diferență
budget-changed-lines = Poziții adăugate, eliminate sau modificate
budget-no-changed-lines = Pozițiile sunt aceleași în ambele versiuni.
budget-what-changed = Ce s-a schimbat
budget-line-added = Adăugată
budget-line-removed = Eliminată
budget-line-changed = Modificată

## Plafoane bugetare și programarea generării bugetelor
execution-title = Execuția bugetului
execution-intro = Plafonul fiecărei luni față de ce angajează cererile ei: aprobat și încă necomandat, comandat și încă de primit, recepționat, precum și tot ce s-a comandat. O cerere este luată în calcul în luna în care este necesară (după ce a fost comandată, în luna livrării estimate). Alegeți un departament și o categorie sau vedeți totalul pentru toate.
execution-year = An
execution-all-departments = Toate departamentele
execution-all-categories = Toate categoriile
execution-caption = Pe luni, în { $currency }
execution-month = Lună
execution-ordered = Comandat în total
execution-year-to-date = De la începutul anului până la luna { $month } inclusiv
execution-year-to-date-none = De la începutul anului (anul nu a început încă)
execution-download = Întregul an, cu toate departamentele și categoriile, pentru contabilitate:
limits-title = Plafoane și programare
limits-month = Lună
limits-hint = Fiecare celulă este plafonul lunar al unui departament pentru o categorie; un buget săptămânal primește o parte din acest plafon, proporțională cu zilele sale din luna respectivă. Dacă nu doriți niciun plafon într-o celulă, lăsați-o necompletată.
limits-caption = Plafoane pentru luna { $month }
limits-save = Salvează plafoanele
limits-saved = { $set ->
    [0] Niciun plafon stabilit
   *[other] { PLURAL($set) ->
        [one] Un plafon stabilit
        [few] { $set } plafoane stabilite
       *[other] { $set } de plafoane stabilite
    }
}, { $removed ->
    [0] niciunul eliminat.
   *[other] { PLURAL($removed) ->
        [one] unul eliminat.
        [few] { $removed } eliminate.
       *[other] { $removed } eliminate.
    }
}
limits-copied = { $count ->
    [0] Niciun plafon nu a fost copiat din luna anterioară.
   *[other] { PLURAL($count) ->
        [one] Un plafon a fost copiat din luna anterioară.
        [few] { $count } plafoane au fost copiate din luna anterioară.
       *[other] { $count } de plafoane au fost copiate din luna anterioară.
    }
}
limits-copy = Copiază aceste plafoane în luna următoare
limits-copy-hint = Numai acolo unde luna următoare nu are încă plafon.
schedules-heading = Programarea generării bugetelor
schedules-job = Buget
schedules-cron = Programare (cron)
schedules-next = Următoarele trei generări
schedules-off = Programare dezactivată
schedule-weekly-budget = Buget săptămânal
schedule-monthly-budget = Buget lunar
home-budgets-to-approve = Bugete care vă așteaptă aprobarea
home-next-budgets = Următoarele bugete
