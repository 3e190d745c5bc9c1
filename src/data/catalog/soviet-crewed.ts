// Crewed Soviet and Russian spacecraft and their flights: Vostok 2 to 5, Voskhod 1 and 2, and
// every Soyuz from Soyuz 1 to Soyuz MS-28 (Soyuz MS-22 and MS-23 live in the bundled JSON).
// Each Soyuz is single-use, so the spacecraft and its flight share the flight's name.
//
// Conventions used below:
// - A date with a time is given only where it is known to the minute; otherwise the UTC day.
// - Dockings: one entry per port where a relocation (and its date) is known, otherwise one
//   entry on the first port from first docking to final undocking. Undocking is usually the
//   landing day. Failed dockings (and Soyuz 10's soft docking) have no entry.
// - Launch provider: the Soviet Space Program before 1992, Roscosmos after.
import type {
  CatalogPart,
  ConfigurationEntry,
  DockingEntry,
  FlightEntry,
  LandingEntry,
  LaunchOutcome,
  MissionTypeName,
  PortEntry,
  SpacecraftEntry,
  SpacecraftStatusName,
} from './types.ts';

const SOVIET = 'Soviet Space Program';
const ROSCOSMOS = 'Roscosmos State Corporation for Space Activities';
const ENERGIA = 'S.P. Korolev Rocket and Space Corporation Energia';
const ISS = 'International Space Station';
const PAD1 = "Site 1/5 (Gagarin's Start)";
const PAD31 = 'Site 31/6';

const wiki = (title: string) => `https://en.wikipedia.org/wiki/${title}`;

// ---------------------------------------------------------------------------------------------
// Configurations
// ---------------------------------------------------------------------------------------------

const config = (
  name: string,
  family: string | null,
  maidenFlight: string,
  crewCapacity: number,
  height: number | null,
  diameter: number | null,
  capability: string,
  history: string,
  details: string,
  flightLife: string | null,
  wikiTitle: string,
): ConfigurationEntry => ({
  name, family, agency: ENERGIA, type: 'Capsule', inUse: false, capability, history, details, maidenFlight,
  height, diameter, humanRated: true, crewCapacity, payloadCapacity: null, payloadReturnCapacity: null,
  flightLife, wikiLink: wiki(wikiTitle),
});

const configurations: ConfigurationEntry[] = [
  config('Voskhod', null, '1964-10-06', 3, 5.0, 2.43,
    'Multi-seat crewed flight in low Earth orbit',
    'A stopgap derived from Vostok so that the Soviet Union could fly several people, and then a spacewalk, before the American Gemini. It flew crews twice, in 1964 and 1965.',
    'A Vostok sphere without ejection seat, fitted with couches for up to three, a backup retro-rocket and a soft-landing rocket; Voskhod 2 added an inflatable airlock.',
    null, 'Voskhod_(spacecraft)'),
  config('Soyuz 7K-OK', 'Soyuz', '1966-11-28', 3, null, 2.72,
    'Crewed flight in low Earth orbit with rendezvous and docking between two ships',
    'The first Soyuz, built to practise rendezvous and docking for the lunar program. It flew crews from 1967 to 1970, including the first docking of two crewed craft (Soyuz 4 and 5).',
    'Orbital module, bell-shaped descent module and service module with two solar panels; the active and passive ships carried a probe or drogue without an internal tunnel.',
    'Up to about 18 days', 'Soyuz_7K-OK'),
  config('Soyuz 7K-OKS', 'Soyuz', '1971-04-22', 3, null, 2.72,
    'Crew transport to the first space station',
    'A 7K-OK with a new probe-and-drogue docking unit and an internal hatch, built to carry crews to Salyut 1. Only two flew: Soyuz 10 and Soyuz 11.',
    'Three modules as on the 7K-OK, with a docking tunnel so the crew could pass inside into the station.',
    null, 'Soyuz_7K-OKS'),
  config('Soyuz 7K-T', 'Soyuz', '1972-06-26', 2, null, 2.72,
    'Two-seat crew ferry to Salyut and Almaz stations',
    'Redesigned after the Soyuz 11 accident so that both cosmonauts wore pressure suits, which left room for two. It served Salyut 3 to Salyut 6 from 1973 to 1981; the 7K-TM variant flew the Apollo-Soyuz mission and its rehearsal.',
    'Solar panels were removed on the station ferry version, which ran on batteries for up to two days of free flight; the 7K-TM kept its panels and carried an androgynous docking unit.',
    'About two days of free flight', 'Soyuz_7K-T'),
  config('Soyuz T', 'Soyuz', '1978-04-04', 3, null, 2.72,
    'Three-seat crew ferry to Salyut 6, Salyut 7 and Mir',
    'The third generation of Soyuz, with a digital computer, solar panels again and a single propulsion system. It carried crews from 1980 to 1986.',
    'Three modules; the crew of three wore Sokol suits, and the new Igla approach system and Argon computer made automatic docking more reliable.',
    'Several months docked', 'Soyuz-T'),
  config('Soyuz TM', 'Soyuz', '1986-05-21', 3, 7.48, 2.72,
    'Crew ferry and lifeboat for Mir and the early International Space Station',
    'Introduced for Mir with the Kurs rendezvous system, a lighter parachute system and a new launch escape system. It flew crews from 1987 to 2002, the last ones to the ISS.',
    'Three modules with Kurs radar antennas on the orbital module; the descent module held three couches.',
    'About six months docked', 'Soyuz-TM'),
  config('Soyuz TMA', 'Soyuz', '2002-10-30', 3, 7.48, 2.72,
    'Crew rotation and lifeboat for the International Space Station',
    'A Soyuz TM adapted for NASA requirements, with seats for taller and heavier crew members and an improved landing system. It flew from 2002 to 2011.',
    'Three modules; new couches, a redesigned descent module interior and a glass-cockpit display added on the analog systems of the TM.',
    'About six months docked', 'Soyuz-TMA'),
  config('Soyuz TMA-M', 'Soyuz', '2010-10-07', 3, 7.48, 2.72,
    'Crew rotation and lifeboat for the International Space Station',
    'A TMA with a digital flight computer replacing the old analog systems, which made the six-hour fast rendezvous to the ISS possible. It flew from 2010 to 2016.',
    'Three modules; lighter avionics saved about 70 kg, and one cosmonaut could fly the ship alone.',
    'About six months docked', 'Soyuz_TMA-M'),
];

const ports: PortEntry[] = [
  // The axial (APAS) port at the far end of Kristall, where Soyuz TM-16 docked in 1993.
  { name: 'Kristall axial', station: 'Mir' },
];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const spacecraft: SpacecraftEntry[] = [];
const flights: FlightEntry[] = [];

const land = (description?: string): LandingEntry =>
  description
    ? { type: 'Parachute landing on land', site: 'Kazakhstan steppe', success: true, description }
    : { type: 'Parachute landing on land', site: 'Kazakhstan steppe', success: true };

const dock = (station: string, port: string | null, docked: string, undocked: string | null): DockingEntry =>
  ({ station, port, docked, undocked });

const configNoun: Record<string, string> = {
  'Vostok': 'Vostok capsule',
  'Voskhod': 'Voskhod capsule',
};

interface Flight {
  /** Spacecraft and mission name. */
  name: string;
  serial?: string | null;
  config: string;
  status?: SpacecraftStatusName;
  /** Spacecraft description; a generic sentence is made when absent. */
  craft?: string;
  net: string;
  rocket: string;
  pad?: string;
  outcome?: LaunchOutcome;
  failreason?: string;
  type?: MissionTypeName;
  /** The mission description. */
  mission: string;
  dest: string;
  end: string | null;
  landing: LandingEntry | null;
  dockings?: DockingEntry[];
}

function fly(f: Flight): void {
  const provider = f.net < '1992' ? SOVIET : ROSCOSMOS;
  const where = f.dest === 'Low Earth Orbit' ? 'in Earth orbit' : `to ${f.dest === ISS ? 'the International Space Station' : f.dest}`;
  spacecraft.push({
    name: f.name,
    serial: f.serial ?? null,
    config: f.config,
    status: f.status ?? 'Single Use',
    description: f.craft ?? `The ${configNoun[f.config] ?? `${f.config} spacecraft`} that flew the ${f.name} mission ${where}.`,
  });
  const programs = f.dest === ISS ? [ISS] : f.config === 'Vostok' ? ['Vostok'] : undefined;
  flights.push({
    spacecraft: f.name,
    launch: {
      mission: f.name,
      net: f.net,
      rocket: f.rocket,
      pad: f.pad ?? PAD1,
      outcome: f.outcome ?? 'success',
      provider,
      type: f.type ?? 'Human Exploration',
      description: f.mission,
      ...(f.failreason ? { failreason: f.failreason } : {}),
      ...(programs ? { programs } : {}),
    },
    destination: f.dest,
    end: f.end,
    landing: f.landing,
    ...(f.dockings ? { dockings: f.dockings } : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// Vostok and Voskhod
// ---------------------------------------------------------------------------------------------

const vostokLanding = (site: string): LandingEntry => ({
  type: 'Parachute landing on land', site, success: true,
  description: 'The cosmonaut ejected at about 7 km and came down under his own parachute; the capsule landed separately.',
});

fly({ name: 'Vostok 2', config: 'Vostok', net: '1961-08-06T06:00:00Z', rocket: 'Vostok-K', dest: 'Low Earth Orbit',
  mission: 'Gherman Titov spent a full day in orbit, 17 revolutions, and was the first person to sleep in space.',
  end: '1961-08-07', landing: vostokLanding('Saratov Oblast') });
fly({ name: 'Vostok 3', config: 'Vostok', net: '1962-08-11', rocket: 'Vostok-K', dest: 'Low Earth Orbit',
  mission: 'Andriyan Nikolayev flew for almost four days, the first half of the first dual flight with Vostok 4.',
  end: '1962-08-15', landing: vostokLanding('Kazakhstan steppe') });
fly({ name: 'Vostok 4', config: 'Vostok', net: '1962-08-12', rocket: 'Vostok-K', dest: 'Low Earth Orbit',
  mission: 'Pavel Popovich was launched a day after Vostok 3 into a nearby orbit, passing within a few kilometres of it.',
  end: '1962-08-15', landing: vostokLanding('Kazakhstan steppe') });
fly({ name: 'Vostok 5', config: 'Vostok', net: '1963-06-14', rocket: 'Vostok-K', dest: 'Low Earth Orbit',
  mission: 'Valery Bykovsky stayed almost five days in orbit, still the longest solo spaceflight, flying together with Vostok 6.',
  end: '1963-06-19', landing: vostokLanding('Kazakhstan steppe') });

fly({ name: 'Voskhod 1', config: 'Voskhod', net: '1964-10-12', rocket: 'Voskhod', dest: 'Low Earth Orbit',
  mission: 'The first flight with more than one person aboard: Komarov, Feoktistov and Yegorov flew one day without spacesuits.',
  end: '1964-10-13', landing: { type: 'Parachute landing on land', site: 'Kazakhstan steppe', success: true,
    description: 'The crew stayed inside; a solid rocket fired just before touchdown to soften the landing.' } });
fly({ name: 'Voskhod 2', config: 'Voskhod', net: '1965-03-18', rocket: 'Voskhod', dest: 'Low Earth Orbit',
  mission: 'Alexei Leonov made the first spacewalk from an inflatable airlock while Pavel Belyayev commanded.',
  end: '1965-03-19', landing: { type: 'Parachute landing on land', site: 'Perm Krai', success: true,
    description: 'An automatic retro-fire failure forced a manual reentry, and the capsule came down in deep forest far from the planned area.' } });

// ---------------------------------------------------------------------------------------------
// Soyuz 7K-OK and 7K-OKS (1967-1971)
// ---------------------------------------------------------------------------------------------

const OK = 'Soyuz 7K-OK';

fly({ name: 'Soyuz 1', config: OK, status: 'Destroyed', net: '1967-04-23T00:35:00Z', rocket: 'Soyuz', dest: 'Low Earth Orbit',
  craft: 'The first crewed Soyuz, in which Vladimir Komarov died when its parachutes failed after reentry.',
  mission: 'Vladimir Komarov flew the first crewed Soyuz; a solar panel failed to open and the planned docking with a second ship was cancelled.',
  end: '1967-04-24', landing: { type: 'Parachute landing on land', site: null, success: false,
    description: 'The main parachute did not deploy and the reserve tangled; the descent module struck the ground near Orsk, killing Komarov.' } });
fly({ name: 'Soyuz 2', serial: 'No. 11', config: OK, net: '1968-10-25', rocket: 'Soyuz', type: 'Test Flight', dest: 'Low Earth Orbit',
  craft: 'An uncrewed 7K-OK flown as the passive docking target for Soyuz 3.',
  mission: 'Uncrewed target for Soyuz 3; the two ships met in orbit but did not dock.',
  end: '1968-10-28', landing: land() });
fly({ name: 'Soyuz 3', serial: 'No. 10', config: OK, net: '1968-10-26T08:34:00Z', rocket: 'Soyuz', pad: PAD31, dest: 'Low Earth Orbit',
  mission: 'Georgy Beregovoy rendezvoused with the uncrewed Soyuz 2 but failed to dock during four days in orbit.',
  end: '1968-10-30', landing: land() });
fly({ name: 'Soyuz 4', config: OK, net: '1969-01-14', rocket: 'Soyuz', pad: PAD31, dest: 'Low Earth Orbit',
  mission: 'Vladimir Shatalov docked with Soyuz 5, and two Soyuz 5 cosmonauts spacewalked across to return in Soyuz 4: the first crew transfer between spacecraft.',
  end: '1969-01-17', landing: land() });
fly({ name: 'Soyuz 5', config: OK, net: '1969-01-15', rocket: 'Soyuz', dest: 'Low Earth Orbit',
  mission: 'Volynov, Yeliseyev and Khrunov docked with Soyuz 4; Yeliseyev and Khrunov transferred by spacewalk and Volynov returned alone.',
  end: '1969-01-18', landing: { type: 'Parachute landing on land', site: null, success: true,
    description: 'The service module failed to separate, the capsule entered nose first, and a hard landing in the southern Urals far off target injured Volynov.' } });
fly({ name: 'Soyuz 6', serial: 'No. 14', config: OK, net: '1969-10-11T11:10:00Z', rocket: 'Soyuz', pad: PAD31, dest: 'Low Earth Orbit',
  mission: 'Shonin and Kubasov flew in a group with Soyuz 7 and 8 and tested welding in vacuum.',
  end: '1969-10-16', landing: land() });
fly({ name: 'Soyuz 7', serial: 'No. 15', config: OK, net: '1969-10-12', rocket: 'Soyuz', dest: 'Low Earth Orbit',
  mission: 'Filipchenko, Volkov and Gorbatko were to dock with Soyuz 8, but the rendezvous equipment failed.',
  end: '1969-10-17', landing: land() });
fly({ name: 'Soyuz 8', serial: 'No. 16', config: OK, net: '1969-10-13T10:19:00Z', rocket: 'Soyuz', pad: PAD31, dest: 'Low Earth Orbit',
  mission: 'Shatalov and Yeliseyev tried to dock with Soyuz 7 during the first flight of three crewed ships together, without success.',
  end: '1969-10-18', landing: land() });
fly({ name: 'Soyuz 9', config: OK, net: '1970-06-01', rocket: 'Soyuz', dest: 'Low Earth Orbit',
  mission: 'Nikolayev and Sevastyanov set an endurance record of almost 18 days, studying the effects of long weightlessness.',
  end: '1970-06-19', landing: land() });
fly({ name: 'Soyuz 10', config: 'Soyuz 7K-OKS', net: '1971-04-22T23:54:00Z', rocket: 'Soyuz', dest: 'Salyut 1',
  mission: 'The first crew sent to Salyut 1 achieved a soft docking but could not complete a hard dock, so they never entered the station.',
  end: '1971-04-24', landing: land('The first Soyuz to land at night.') });
fly({ name: 'Soyuz 11', config: 'Soyuz 7K-OKS', status: 'Destroyed', net: '1971-06-06T04:55:00Z', rocket: 'Soyuz', dest: 'Salyut 1',
  craft: 'The ship that carried the first crew to live on a space station, lost when it depressurized before reentry.',
  mission: 'Dobrovolsky, Volkov and Patsayev spent 23 days aboard Salyut 1, the first crew to occupy a space station.',
  end: '1971-06-29', landing: { type: 'Parachute landing on land', site: 'Kazakhstan steppe', success: false,
    description: 'A valve opened when the modules separated and the cabin lost its air; the capsule landed normally but the three cosmonauts were dead.' },
  dockings: [dock('Salyut 1', 'Salyut 1 port', '1971-06-07', '1971-06-29')] });

// ---------------------------------------------------------------------------------------------
// Soyuz 7K-T / 7K-TM (1973-1981): Salyut 3, 4, 5 and 6
// ---------------------------------------------------------------------------------------------

const T7 = 'Soyuz 7K-T';

fly({ name: 'Soyuz 12', config: T7, net: '1973-09-27', rocket: 'Soyuz', dest: 'Low Earth Orbit',
  mission: 'Lazarev and Makarov tested the redesigned two-seat Soyuz, flown in pressure suits after the Soyuz 11 accident.',
  end: '1973-09-29', landing: land() });
fly({ name: 'Soyuz 13', config: T7, net: '1973-12-18', rocket: 'Soyuz', dest: 'Low Earth Orbit',
  mission: 'Klimuk and Lebedev spent eight days observing stars in ultraviolet with the Orion 2 telescope mounted on the orbital module.',
  end: '1973-12-26', landing: land() });
fly({ name: 'Soyuz 14', config: T7, net: '1974-07-03', rocket: 'Soyuz', dest: 'Salyut 3',
  mission: 'Popovich and Artyukhin spent two weeks aboard Salyut 3, the military Almaz station.',
  end: '1974-07-19', landing: land(),
  dockings: [dock('Salyut 3', 'Salyut 3 port', '1974-07-04', '1974-07-19')] });
fly({ name: 'Soyuz 15', config: T7, net: '1974-08-26', rocket: 'Soyuz', dest: 'Salyut 3',
  mission: 'Sarafanov and Demin could not dock with Salyut 3 after the Igla approach system failed, and returned after two days.',
  end: '1974-08-28', landing: land('A night landing after the failed docking.') });
fly({ name: 'Soyuz 16', config: T7, net: '1974-12-02', rocket: 'Soyuz-U', dest: 'Low Earth Orbit',
  craft: 'A 7K-TM spacecraft flown to rehearse the Apollo-Soyuz mission.',
  mission: 'Filipchenko and Rukavishnikov rehearsed the Apollo-Soyuz Test Project, testing the androgynous docking unit and lower cabin pressure.',
  end: '1974-12-08', landing: land() });
fly({ name: 'Soyuz 17', config: T7, net: '1975-01-10T21:43:00Z', rocket: 'Soyuz', dest: 'Salyut 4',
  mission: 'Gubarev and Grechko, the first Salyut 4 crew, spent 29 days aboard the station, a Soviet record at the time.',
  end: '1975-02-09', landing: land('Landed in a snowstorm northeast of Tselinograd.'),
  dockings: [dock('Salyut 4', 'Salyut 4 port', '1975-01-12', '1975-02-09')] });
fly({ name: 'Soyuz 18a', config: T7, net: '1975-04-05', rocket: 'Soyuz', dest: 'Salyut 4', outcome: 'failure',
  failreason: 'The second and third stages did not separate cleanly; the escape system pulled the ship off the rocket about five minutes into flight.',
  craft: 'The Soyuz of the aborted 1975 launch to Salyut 4, also called Soyuz 18-1.',
  mission: 'Lazarev and Makarov were bound for Salyut 4 when a staging failure forced an abort and a suborbital flight.',
  end: '1975-04-05', landing: { type: 'Parachute landing on land', site: 'Altai Krai', success: true,
    description: 'After a reentry of over 20 g the capsule came down on a snowy mountainside in the Altai, near the Chinese border.' } });
fly({ name: 'Soyuz 18', config: T7, net: '1975-05-24T14:58:00Z', rocket: 'Soyuz', dest: 'Salyut 4',
  mission: 'Klimuk and Sevastyanov spent 63 days aboard Salyut 4, overlapping with the Apollo-Soyuz flight.',
  end: '1975-07-26', landing: land(),
  dockings: [dock('Salyut 4', 'Salyut 4 port', '1975-05-25', '1975-07-26')] });
fly({ name: 'Soyuz 19', config: T7, net: '1975-07-15T12:20:00Z', rocket: 'Soyuz-U', dest: 'Low Earth Orbit',
  craft: 'The 7K-TM spacecraft of the Apollo-Soyuz Test Project, which docked with an Apollo CSM.',
  mission: 'Leonov and Kubasov docked with Apollo for two days in the Apollo-Soyuz Test Project, the first international crewed mission.',
  end: '1975-07-21', landing: land() });
fly({ name: 'Soyuz 20', config: T7, net: '1975-11-17', rocket: 'Soyuz-U', type: 'Test Flight', dest: 'Salyut 4',
  craft: 'An uncrewed Soyuz flown to test a long stay docked to a station.',
  mission: 'An uncrewed Soyuz stayed three months at Salyut 4 to test the ship\'s systems over a long docked period, carrying biological samples.',
  end: '1976-02-16', landing: land(),
  dockings: [dock('Salyut 4', 'Salyut 4 port', '1975-11-19', '1976-02-16')] });
fly({ name: 'Soyuz 21', config: T7, net: '1976-07-06', rocket: 'Soyuz-U', dest: 'Salyut 5',
  mission: 'Volynov and Zholobov worked 49 days on the military station Salyut 5 before returning early, reportedly unwell.',
  end: '1976-08-24', landing: land(),
  dockings: [dock('Salyut 5', 'Salyut 5 port', '1976-07-07', '1976-08-24')] });
fly({ name: 'Soyuz 22', config: T7, net: '1976-09-15', rocket: 'Soyuz-U', dest: 'Low Earth Orbit',
  craft: 'The backup 7K-TM of Apollo-Soyuz, refitted with an East German multispectral camera.',
  mission: 'Bykovsky and Aksyonov photographed the Earth for eight days with the MKF-6 camera.',
  end: '1976-09-23', landing: land() });
fly({ name: 'Soyuz 23', config: T7, net: '1976-10-14', rocket: 'Soyuz-U', dest: 'Salyut 5',
  mission: 'Zudov and Rozhdestvensky could not dock with Salyut 5 because of an approach system fault.',
  end: '1976-10-16', landing: { type: 'Splashdown', site: null, success: true,
    description: 'The capsule came down at night on the partly frozen Lake Tengiz in a snowstorm; the crew waited hours before being towed ashore.' } });
fly({ name: 'Soyuz 24', config: T7, net: '1977-02-07', rocket: 'Soyuz-U', dest: 'Salyut 5',
  mission: 'Gorbatko and Glazkov spent 18 days aboard Salyut 5 and replaced its air.',
  end: '1977-02-25', landing: land(),
  dockings: [dock('Salyut 5', 'Salyut 5 port', '1977-02-08', '1977-02-25')] });
fly({ name: 'Soyuz 25', config: T7, net: '1977-10-09', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Kovalyonok and Ryumin failed in several attempts to dock with the new Salyut 6 and returned after two days.',
  end: '1977-10-11', landing: land() });
fly({ name: 'Soyuz 26', config: T7, net: '1977-12-10', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Romanenko and Grechko started the first long stay on Salyut 6, 96 days; the ship returned the Soyuz 27 crew.',
  end: '1978-01-16', landing: land(),
  dockings: [dock('Salyut 6', 'Salyut 6 aft', '1977-12-11', '1978-01-16')] });
fly({ name: 'Soyuz 27', config: T7, net: '1978-01-10', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Dzhanibekov and Makarov made the first visit to a crewed station, the first time two Soyuz were docked at once, and swapped ships.',
  end: '1978-03-16', landing: land(),
  dockings: [dock('Salyut 6', 'Salyut 6 forward', '1978-01-11', '1978-03-16')] });
fly({ name: 'Soyuz 28', config: T7, net: '1978-03-02', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Gubarev flew with Vladimír Remek of Czechoslovakia, the first Intercosmos guest and first person in space from neither the USSR nor the US.',
  end: '1978-03-10', landing: land(),
  dockings: [dock('Salyut 6', 'Salyut 6 aft', '1978-03-03', '1978-03-10')] });
fly({ name: 'Soyuz 29', config: T7, net: '1978-06-15', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Kovalyonok and Ivanchenkov began a 140-day expedition on Salyut 6; the ship later brought home the Soyuz 31 visitors.',
  end: '1978-09-03', landing: land(),
  dockings: [dock('Salyut 6', 'Salyut 6 forward', '1978-06-17', '1978-09-03')] });
fly({ name: 'Soyuz 30', config: T7, net: '1978-06-27', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Klimuk and Mirosław Hermaszewski, the first Polish cosmonaut, visited Salyut 6 for a week.',
  end: '1978-07-05', landing: land(),
  dockings: [dock('Salyut 6', 'Salyut 6 aft', '1978-06-28', '1978-07-05')] });
fly({ name: 'Soyuz 31', config: T7, net: '1978-08-26', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Bykovsky flew Sigmund Jähn, the first German in space, to Salyut 6; the ship later returned the long-stay crew.',
  end: '1978-11-02', landing: land(),
  dockings: [
    dock('Salyut 6', 'Salyut 6 aft', '1978-08-27', '1978-09-07'),
    dock('Salyut 6', 'Salyut 6 forward', '1978-09-07', '1978-11-02'),
  ] });
fly({ name: 'Soyuz 32', config: T7, net: '1979-02-25', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Lyakhov and Ryumin began a 175-day stay; their ship aged out and returned to Earth without a crew.',
  end: '1979-06-13', landing: land('Landed uncrewed, carrying experiment results and failed equipment.'),
  dockings: [dock('Salyut 6', 'Salyut 6 forward', '1979-02-26', '1979-06-13')] });
fly({ name: 'Soyuz 33', config: T7, net: '1979-04-10', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Rukavishnikov and Georgi Ivanov of Bulgaria aborted their docking when the main engine failed, and returned on the backup engine.',
  end: '1979-04-12', landing: land('A steep ballistic reentry after the main engine failure.') });
fly({ name: 'Soyuz 34', config: T7, net: '1979-06-06', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Launched without a crew as a replacement ship for Lyakhov and Ryumin after the Soyuz 33 engine failure; it brought them home.',
  end: '1979-08-19', landing: land(),
  dockings: [
    dock('Salyut 6', 'Salyut 6 aft', '1979-06-08', '1979-06-14'),
    dock('Salyut 6', 'Salyut 6 forward', '1979-06-14', '1979-08-19'),
  ] });
fly({ name: 'Soyuz 35', config: T7, net: '1980-04-09', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Popov and Ryumin began a 185-day expedition on Salyut 6; the ship returned the Soyuz 36 crew.',
  end: '1980-06-03', landing: land(),
  dockings: [dock('Salyut 6', 'Salyut 6 forward', '1980-04-10', '1980-06-03')] });
fly({ name: 'Soyuz 36', config: T7, net: '1980-05-26', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Kubasov flew Bertalan Farkas, the first Hungarian in space, to Salyut 6.',
  end: '1980-07-31', landing: land(),
  dockings: [
    dock('Salyut 6', 'Salyut 6 aft', '1980-05-27', '1980-06-04'),
    dock('Salyut 6', 'Salyut 6 forward', '1980-06-04', '1980-07-31'),
  ] });
fly({ name: 'Soyuz 37', config: T7, net: '1980-07-23', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Gorbatko flew Phạm Tuân of Vietnam, the first Asian in space, to Salyut 6; the ship later returned Popov and Ryumin.',
  end: '1980-10-11', landing: land(),
  dockings: [
    dock('Salyut 6', 'Salyut 6 aft', '1980-07-24', '1980-08-01'),
    dock('Salyut 6', 'Salyut 6 forward', '1980-08-01', '1980-10-11'),
  ] });
fly({ name: 'Soyuz 38', config: T7, net: '1980-09-18', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Romanenko flew Arnaldo Tamayo Méndez of Cuba, the first person of African descent in space, to Salyut 6.',
  end: '1980-09-26', landing: land(),
  dockings: [dock('Salyut 6', 'Salyut 6 aft', '1980-09-19', '1980-09-26')] });
fly({ name: 'Soyuz 39', config: T7, net: '1981-03-22', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Dzhanibekov flew Jügderdemidiin Gürragchaa, the first Mongolian cosmonaut, to Salyut 6.',
  end: '1981-03-30', landing: land(),
  dockings: [dock('Salyut 6', 'Salyut 6 aft', '1981-03-23', '1981-03-30')] });
fly({ name: 'Soyuz 40', config: T7, net: '1981-05-14', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Popov flew Dumitru Prunariu of Romania to Salyut 6 on the last flight of the original Soyuz series.',
  end: '1981-05-22', landing: land(),
  dockings: [dock('Salyut 6', 'Salyut 6 aft', '1981-05-15', '1981-05-22')] });

// ---------------------------------------------------------------------------------------------
// Soyuz T (1980-1986): Salyut 6, Salyut 7 and Mir
// ---------------------------------------------------------------------------------------------

const ST = 'Soyuz T';

fly({ name: 'Soyuz T-2', config: ST, net: '1980-06-05', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Malyshev and Aksyonov made the first crewed test of the Soyuz T, with a short visit to Salyut 6.',
  end: '1980-06-09', landing: land(),
  dockings: [dock('Salyut 6', 'Salyut 6 aft', '1980-06-06', '1980-06-09')] });
fly({ name: 'Soyuz T-3', config: ST, net: '1980-11-27', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Kizim, Makarov and Strekalov, the first three-person crew since Soyuz 11, spent two weeks repairing Salyut 6.',
  end: '1980-12-10', landing: land(),
  dockings: [dock('Salyut 6', 'Salyut 6 forward', '1980-11-28', '1980-12-10')] });
fly({ name: 'Soyuz T-4', config: ST, net: '1981-03-12', rocket: 'Soyuz-U', dest: 'Salyut 6',
  mission: 'Kovalyonok and Savinykh made the last long stay on Salyut 6, 75 days, hosting the Mongolian and Romanian visits.',
  end: '1981-05-26', landing: land(),
  dockings: [dock('Salyut 6', 'Salyut 6 forward', '1981-03-13', '1981-05-26')] });
fly({ name: 'Soyuz T-5', config: ST, net: '1982-05-13', rocket: 'Soyuz-U', dest: 'Salyut 7',
  mission: 'Berezovoy and Lebedev, the first Salyut 7 crew, began a record 211-day stay; the ship returned the Soyuz T-7 visitors.',
  end: '1982-08-27', landing: land(),
  dockings: [dock('Salyut 7', 'Salyut 7 forward', '1982-05-14', '1982-08-27')] });
fly({ name: 'Soyuz T-6', config: ST, net: '1982-06-24', rocket: 'Soyuz-U', dest: 'Salyut 7',
  mission: 'Dzhanibekov and Ivanchenkov flew Jean-Loup Chrétien, the first French astronaut, to Salyut 7.',
  end: '1982-07-02', landing: land(),
  dockings: [dock('Salyut 7', 'Salyut 7 aft', '1982-06-25', '1982-07-02')] });
fly({ name: 'Soyuz T-7', config: ST, net: '1982-08-19T17:11:00Z', rocket: 'Soyuz-U', dest: 'Salyut 7',
  mission: 'Popov and Serebrov flew Svetlana Savitskaya, the second woman in space, to Salyut 7; the ship later returned Berezovoy and Lebedev.',
  end: '1982-12-10', landing: land(),
  dockings: [
    dock('Salyut 7', 'Salyut 7 aft', '1982-08-20', '1982-08-29'),
    dock('Salyut 7', 'Salyut 7 forward', '1982-08-29', '1982-12-10'),
  ] });
fly({ name: 'Soyuz T-8', config: ST, net: '1983-04-20', rocket: 'Soyuz-U', dest: 'Salyut 7',
  mission: 'Titov, Strekalov and Serebrov could not dock with Salyut 7 because the rendezvous antenna had been torn off at launch.',
  end: '1983-04-22', landing: land() });
fly({ name: 'Soyuz T-9', config: ST, net: '1983-06-27', rocket: 'Soyuz-U', dest: 'Salyut 7',
  mission: 'Lyakhov and Alexandrov spent 149 days on Salyut 7 with the Kosmos 1443 module attached.',
  end: '1983-11-23', landing: land(),
  dockings: [
    dock('Salyut 7', 'Salyut 7 aft', '1983-06-28', '1983-08-16'),
    dock('Salyut 7', 'Salyut 7 forward', '1983-08-16', '1983-11-23'),
  ] });
fly({ name: 'Soyuz T-10-1', config: ST, net: '1983-09-26', rocket: 'Soyuz-U', dest: 'Salyut 7', outcome: 'failure',
  failreason: 'A propellant fire at the base of the rocket just before liftoff; the escape tower fired and the rocket exploded on the pad.',
  craft: 'The Soyuz T pulled from its burning rocket by the escape system in the only pad abort of a crewed launch.',
  mission: 'Titov and Strekalov were about to launch to Salyut 7 when their rocket caught fire; the escape tower carried them clear seconds before it exploded.',
  end: '1983-09-26', landing: land('The descent module landed by parachute about 4 km from the pad; the crew was unhurt.') });
fly({ name: 'Soyuz T-10', config: ST, net: '1984-02-08', rocket: 'Soyuz-U', pad: PAD31, dest: 'Salyut 7',
  mission: 'Kizim, Solovyov and Atkov began a 237-day record stay; the ship returned the Soyuz T-11 visitors.',
  end: '1984-04-11', landing: land(),
  dockings: [dock('Salyut 7', 'Salyut 7 forward', '1984-02-09', '1984-04-11')] });
fly({ name: 'Soyuz T-11', config: ST, net: '1984-04-03', rocket: 'Soyuz-U', pad: PAD31, dest: 'Salyut 7',
  mission: 'Malyshev and Strekalov flew Rakesh Sharma, the first Indian in space, to Salyut 7; the ship later returned the long-stay crew.',
  end: '1984-10-02', landing: land(),
  dockings: [dock('Salyut 7', 'Salyut 7 aft', '1984-04-04', '1984-10-02')] });
fly({ name: 'Soyuz T-12', config: ST, net: '1984-07-17', rocket: 'Soyuz-U', dest: 'Salyut 7',
  mission: 'Dzhanibekov, Savitskaya and Volk visited Salyut 7; Savitskaya became the first woman to walk in space.',
  end: '1984-07-29', landing: land(),
  dockings: [dock('Salyut 7', 'Salyut 7 aft', '1984-07-18', '1984-07-29')] });
fly({ name: 'Soyuz T-13', serial: 'No. 19L', config: ST, net: '1985-06-06T06:39:00Z', rocket: 'Soyuz-U2', dest: 'Salyut 7',
  mission: 'Dzhanibekov and Savinykh docked manually with the dead, frozen Salyut 7 and brought it back to life.',
  end: '1985-09-26', landing: land(),
  dockings: [dock('Salyut 7', 'Salyut 7 forward', '1985-06-08', '1985-09-25')] });
fly({ name: 'Soyuz T-14', config: ST, net: '1985-09-17', rocket: 'Soyuz-U2', dest: 'Salyut 7',
  mission: 'Vasyutin, Grechko and Volkov relieved part of the Salyut 7 crew; the expedition ended early when Vasyutin fell ill.',
  end: '1985-11-21', landing: land(),
  dockings: [dock('Salyut 7', 'Salyut 7 aft', '1985-09-18', '1985-11-21')] });
fly({ name: 'Soyuz T-15', config: ST, net: '1986-03-13', rocket: 'Soyuz-U2', dest: 'Mir',
  mission: 'Kizim and Solovyov activated Mir, flew over to Salyut 7 for seven weeks and came back: the only flight between two stations.',
  end: '1986-07-16', landing: land(),
  dockings: [
    dock('Mir', 'Mir core forward', '1986-03-15', '1986-05-05'),
    dock('Salyut 7', 'Salyut 7 aft', '1986-05-06', '1986-06-25'),
    dock('Mir', 'Mir core forward', '1986-06-26', '1986-07-16'),
  ] });

// ---------------------------------------------------------------------------------------------
// Soyuz TM (1986-2002): Mir, then the ISS
// ---------------------------------------------------------------------------------------------

const TM = 'Soyuz TM';

/** A Soyuz TM flight to Mir: docked two days after launch, undocked on landing day. */
function tm(name: string, net: string, rocket: string, docked: string, end: string, mission: string,
  port: string | null = null, extra: Partial<Flight> = {}): void {
  fly({ name, config: TM, net, rocket, dest: 'Mir', mission, end, landing: land(),
    dockings: [dock('Mir', port, docked, end)], ...extra });
}

tm('Soyuz TM-1', '1986-05-21', 'Soyuz-U2', '1986-05-23', '1986-05-30',
  'Uncrewed test of the new Soyuz TM, which docked with Mir for a week.', 'Mir core forward', { type: 'Test Flight' });
tm('Soyuz TM-2', '1987-02-05', 'Soyuz-U2', '1987-02-07', '1987-07-30',
  'Romanenko and Laveykin began Mir\'s second expedition, during which the Kvant-1 module arrived; the ship returned Laveykin with the Syrian visit crew.',
  'Mir core forward');
tm('Soyuz TM-3', '1987-07-22T01:59:00Z', 'Soyuz-U2', '1987-07-24', '1987-12-29',
  'Viktorenko and Alexandrov flew Muhammed Faris, the first Syrian in space, to Mir; the ship later brought Romanenko home after 326 days.',
  null, { serial: 'No. 53' });
tm('Soyuz TM-4', '1987-12-21', 'Soyuz-U2', '1987-12-23', '1988-06-17',
  'Titov and Manarov began the first year-long stay in space, 365 days on Mir.');
tm('Soyuz TM-5', '1988-06-07', 'Soyuz-U2', '1988-06-09', '1988-09-07',
  'Solovyov and Savinykh flew Alexander Alexandrov of Bulgaria to Mir; the ship returned Lyakhov and the Afghan cosmonaut Mohmand.',
  null, { landing: land('Reentry was aborted twice because of a sensor fault and a computer error, leaving the crew a day in the cramped descent module.') });
tm('Soyuz TM-6', '1988-08-29', 'Soyuz-U2', '1988-08-31', '1988-12-21',
  'Lyakhov, Polyakov and Abdul Ahad Mohmand of Afghanistan flew to Mir; the ship later returned Titov and Manarov after their year in orbit.');
tm('Soyuz TM-7', '1988-11-26', 'Soyuz-U2', '1988-11-28', '1989-04-27',
  'Volkov and Krikalev flew Jean-Loup Chrétien, who made the first spacewalk by a Frenchman, to Mir.');
tm('Soyuz TM-8', '1989-09-05', 'Soyuz-U2', '1989-09-08', '1990-02-19',
  'Viktorenko and Serebrov reoccupied Mir after a pause of several months and received the Kvant-2 module.');
tm('Soyuz TM-9', '1990-02-11', 'Soyuz-U2', '1990-02-13', '1990-08-09',
  'Solovyov and Balandin received the Kristall module and spacewalked to repair loose insulation on their Soyuz.');
tm('Soyuz TM-10', '1990-08-01', 'Soyuz-U2', '1990-08-03', '1990-12-10',
  'Manakov and Strekalov spent four months on Mir and returned with the Japanese journalist Toyohiro Akiyama.');
tm('Soyuz TM-11', '1990-12-02', 'Soyuz-U2', '1990-12-04', '1991-05-26',
  'Afanasyev and Manarov flew Toyohiro Akiyama, the first paying passenger, sent by his television network.');
tm('Soyuz TM-12', '1991-05-18', 'Soyuz-U2', '1991-05-20', '1991-10-10',
  'Artsebarsky and Krikalev flew Helen Sharman, the first Briton in space, to Mir.');
tm('Soyuz TM-13', '1991-10-02', 'Soyuz-U2', '1991-10-04', '1992-03-25',
  'Volkov flew Toktar Aubakirov of Kazakhstan and Franz Viehböck of Austria; the ship returned Krikalev, who had left the Soviet Union and came home to Russia.');
tm('Soyuz TM-14', '1992-03-17', 'Soyuz-U2', '1992-03-19', '1992-08-10',
  'The first Russian crewed flight, Viktorenko and Kaleri, took the German Klaus-Dietrich Flade to Mir.',
  null, { landing: land('The capsule rolled over on landing and the crew had to wait for help to get out.') });
tm('Soyuz TM-15', '1992-07-27', 'Soyuz-U2', '1992-07-29', '1993-02-01',
  'Solovyov and Avdeyev flew Michel Tognini of France to Mir for a six-month expedition.');
tm('Soyuz TM-16', '1993-01-24', 'Soyuz-U2', '1993-01-26', '1993-07-22',
  'Manakov and Poleshchuk docked to Kristall\'s androgynous port, the first Soyuz to use the system built for Buran and later the Shuttle.',
  'Kristall axial');
tm('Soyuz TM-17', '1993-07-01', 'Soyuz-U2', '1993-07-03', '1994-01-14',
  'Tsibliyev and Serebrov flew Jean-Pierre Haigneré to Mir; leaving in January 1994, the ship grazed Kristall during a photo flyaround.');
tm('Soyuz TM-18', '1994-01-08', 'Soyuz-U2', '1994-01-10', '1994-07-09',
  'Afanasyev and Usachev flew with the physician Valeri Polyakov, who went on to stay 437 days, the longest single spaceflight.');
tm('Soyuz TM-19', '1994-07-01', 'Soyuz-U2', '1994-07-03', '1994-11-04',
  'Malenchenko and Musabayev spent four months on Mir and returned with ESA\'s Ulf Merbold.');
tm('Soyuz TM-20', '1994-10-03', 'Soyuz-U2', '1994-10-06', '1995-03-22',
  'Viktorenko and Yelena Kondakova, the first woman on a long stay, flew with ESA\'s Ulf Merbold for EuroMir 94; the ship returned Polyakov.');
tm('Soyuz TM-21', '1995-03-14', 'Soyuz-U2', '1995-03-16', '1995-09-11',
  'Dezhurov and Strekalov carried Norman Thagard, the first American on a Russian rocket; that crew came home on STS-71 and the ship returned the next one.');
tm('Soyuz TM-22', '1995-09-03', 'Soyuz-U2', '1995-09-05', '1996-02-29',
  'Gidzenko and Avdeyev flew ESA\'s Thomas Reiter to Mir for the six-month EuroMir 95 mission.');
tm('Soyuz TM-23', '1996-02-21', 'Soyuz-U', '1996-02-23', '1996-09-02',
  'Onufrienko and Usachev spent 193 days on Mir, overlapping with NASA\'s Shannon Lucid, and received the Priroda module.');
tm('Soyuz TM-24', '1996-08-17', 'Soyuz-U', '1996-08-19', '1997-03-02',
  'Korzun and Kaleri flew Claudie André-Deshays, the first French woman in space, to Mir.');
tm('Soyuz TM-25', '1997-02-10', 'Soyuz-U', '1997-02-12', '1997-08-14',
  'Tsibliyev and Lazutkin lived through the oxygen-generator fire and the Progress collision that holed Spektr.');
tm('Soyuz TM-26', '1997-08-05', 'Soyuz-U', '1997-08-07', '1998-02-19',
  'Solovyov and Vinogradov repaired the damaged Mir after the 1997 collision; they returned with Léopold Eyharts.');
tm('Soyuz TM-27', '1998-01-29', 'Soyuz-U', '1998-01-31', '1998-08-25',
  'Musabayev and Budarin flew Léopold Eyharts of France to Mir; the ship returned with Yuri Baturin.');
tm('Soyuz TM-28', '1998-08-13', 'Soyuz-U', '1998-08-15', '1999-02-28',
  'Padalka and Avdeyev flew the politician Yuri Baturin to Mir; Avdeyev stayed aboard for more than a year.');
tm('Soyuz TM-29', '1999-02-20', 'Soyuz-U', '1999-02-22', '1999-08-28',
  'Afanasyev and Haigneré flew Ivan Bella of Slovakia; at landing Mir was left without a crew for the first time in ten years.');
tm('Soyuz TM-30', '2000-04-04', 'Soyuz-U', '2000-04-06', '2000-06-16',
  'Zalyotin and Kaleri made the last expedition to Mir, a commercially funded two-month stay.');

/** A Soyuz TM flight to the ISS. */
function tmIss(name: string, net: string, docked: string, port: string | null, undocked: string, end: string,
  mission: string): void {
  fly({ name, config: TM, net, rocket: 'Soyuz-U', dest: ISS, mission, end, landing: land(),
    dockings: [dock(ISS, port, docked, undocked)] });
}

tmIss('Soyuz TM-31', '2000-10-31T07:52:00Z', '2000-11-02', 'Zvezda aft', '2001-05-06', '2001-05-06',
  'Shepherd, Gidzenko and Krikalev, Expedition 1, began the continuous human presence on the International Space Station.');
tmIss('Soyuz TM-32', '2001-04-28T07:37:00Z', '2001-04-30', 'Zarya nadir', '2001-10-31', '2001-10-31',
  'Musabayev and Baturin delivered a fresh lifeboat to the ISS with Dennis Tito, the first space tourist.');
tmIss('Soyuz TM-33', '2001-10-21T08:59:00Z', '2001-10-23', null, '2002-05-05', '2002-05-05',
  'Afanasyev and Kozeyev flew Claudie Haigneré on the Andromède mission while swapping the ISS lifeboat.');
tmIss('Soyuz TM-34', '2002-04-25T06:26:00Z', '2002-04-27', null, '2002-11-10', '2002-11-10',
  'Gidzenko flew Roberto Vittori of Italy and the South African tourist Mark Shuttleworth on the last Soyuz TM flight.');

// ---------------------------------------------------------------------------------------------
// Soyuz TMA (2002-2011): ISS
// ---------------------------------------------------------------------------------------------

/** A Soyuz to the ISS launched on the given rocket; dockings as given. */
function iss(name: string, cfg: string, serial: string | null, net: string, rocket: string, pad: string,
  dockings: DockingEntry[], end: string, mission: string, extra: Partial<Flight> = {}): void {
  fly({ name, serial, config: cfg, net, rocket, pad, dest: ISS, mission, end, landing: land(), dockings, ...extra });
}
const d = (port: string | null, docked: string, undocked: string | null) => dock(ISS, port, docked, undocked);
const TMA = 'Soyuz TMA';
const FG = 'Soyuz-FG';

iss('Soyuz TMA-1', TMA, 'No. 211', '2002-10-30T03:11:00Z', FG, PAD1, [d('Pirs', '2002-11-01', '2003-05-03')], '2003-05-04',
  'Zalyotin, De Winne and Lonchakov flew the first TMA to swap the ISS lifeboat; it brought home the Expedition 6 crew.',
  { landing: land('A ballistic reentry set the capsule down several hundred kilometres short of the target.') });
iss('Soyuz TMA-2', TMA, 'No. 212', '2003-04-26T03:53:00Z', FG, PAD1, [d('Zarya nadir', '2003-04-28', '2003-10-27')], '2003-10-28',
  'Malenchenko and Lu, the two-person caretaker crew of Expedition 7, flew after the loss of Columbia grounded the Shuttle.');
iss('Soyuz TMA-3', TMA, 'No. 213', '2003-10-18T05:38:00Z', FG, PAD1, [d('Pirs', '2003-10-20', '2004-04-29')], '2004-04-30',
  'Foale and Kaleri of Expedition 8 flew with ESA\'s Pedro Duque.');
iss('Soyuz TMA-4', TMA, 'No. 214', '2004-04-19', FG, PAD1, [d('Zarya nadir', '2004-04-21', '2004-10-23')], '2004-10-24',
  'Padalka and Fincke of Expedition 9 flew with ESA\'s André Kuipers.');
iss('Soyuz TMA-5', TMA, 'No. 215', '2004-10-14T03:06:00Z', FG, PAD1, [d('Pirs', '2004-10-16', '2005-04-24')], '2005-04-24',
  'Chiao and Sharipov of Expedition 10 flew with Yuri Shargin; Sharipov docked manually after a fast approach.');
iss('Soyuz TMA-6', TMA, 'No. 216', '2005-04-15T00:46:00Z', FG, PAD1, [d('Pirs', '2005-04-17', '2005-10-10')], '2005-10-11',
  'Krikalev and Phillips of Expedition 11 flew with ESA\'s Roberto Vittori.');
iss('Soyuz TMA-7', TMA, 'No. 217', '2005-10-01T03:54:00Z', FG, PAD1, [d('Pirs', '2005-10-03', '2006-04-08')], '2006-04-08',
  'McArthur and Tokarev of Expedition 12 flew with the tourist Gregory Olsen.');
iss('Soyuz TMA-8', TMA, 'No. 218', '2006-03-30T02:30:00Z', FG, PAD1, [d('Zarya nadir', '2006-04-01', '2006-09-28')], '2006-09-29',
  'Vinogradov and Williams of Expedition 13 flew with Marcos Pontes, the first Brazilian in space.');
iss('Soyuz TMA-9', TMA, 'No. 219', '2006-09-18T04:08:00Z', FG, PAD1, [d('Zvezda aft', '2006-09-20', '2007-04-21')], '2007-04-21',
  'López-Alegría and Tyurin of Expedition 14 flew with Anousheh Ansari, the first female space tourist.');
iss('Soyuz TMA-10', TMA, 'No. 220', '2007-04-07T17:31:00Z', FG, PAD1, [d('Zarya nadir', '2007-04-09', '2007-10-21')], '2007-10-21',
  'Yurchikhin and Kotov of Expedition 15 flew with the tourist Charles Simonyi.',
  { landing: land('An unplanned ballistic reentry brought the capsule down about 340 km from the target.') });
iss('Soyuz TMA-11', TMA, 'No. 221', '2007-10-10T13:22:00Z', FG, PAD1, [d('Zarya nadir', '2007-10-12', '2008-04-19')], '2008-04-19',
  'Whitson and Malenchenko of Expedition 16 flew with Sheikh Muszaphar Shukor, the first Malaysian in space.',
  { landing: land('A ballistic reentry after a module failed to separate; the capsule landed far off target and the crew took high g-loads.') });
iss('Soyuz TMA-12', TMA, 'No. 222', '2008-04-08T11:16:00Z', FG, PAD1, [d('Pirs', '2008-04-10', '2008-10-24')], '2008-10-24',
  'Volkov and Kononenko of Expedition 17 flew with Yi So-yeon, the first Korean in space.');
iss('Soyuz TMA-13', TMA, 'No. 223', '2008-10-12T07:01:00Z', FG, PAD1, [d(null, '2008-10-14', '2009-04-08')], '2009-04-08',
  'Fincke and Lonchakov of Expedition 18 flew with the game designer Richard Garriott, son of Skylab astronaut Owen Garriott.');
iss('Soyuz TMA-14', TMA, 'No. 224', '2009-03-26T11:49:00Z', FG, PAD1, [d('Zvezda aft', '2009-03-28', '2009-07-02'), d('Pirs', '2009-07-02', '2009-10-11')], '2009-10-11',
  'Padalka and Barratt of Expedition 19 flew with Charles Simonyi on his second trip.');
iss('Soyuz TMA-15', TMA, 'No. 225', '2009-05-27T10:34:00Z', FG, PAD1, [d('Zarya nadir', '2009-05-29', '2009-12-01')], '2009-12-01',
  'Romanenko, De Winne and Thirsk brought the ISS crew to six for the first time.');
iss('Soyuz TMA-16', TMA, 'No. 226', '2009-09-30T07:14:00Z', FG, PAD1, [d('Zvezda aft', '2009-10-02', '2010-01-21'), d('Poisk', '2010-01-21', '2010-03-18')], '2010-03-18',
  'Suraev and Williams of Expedition 21 flew with Guy Laliberté; in January the ship made the first docking at Poisk.');
iss('Soyuz TMA-17', TMA, 'No. 227', '2009-12-20T21:52:00Z', FG, PAD1, [d('Zarya nadir', '2009-12-22', '2010-05-12'), d('Zvezda aft', '2010-05-12', '2010-06-02')], '2010-06-02',
  'Kotov, Noguchi and Creamer flew to the ISS; they moved their ship to free Zarya for the Rassvet module.');
iss('Soyuz TMA-18', TMA, null, '2010-04-02', FG, PAD1, [d('Poisk', '2010-04-04', '2010-09-25')], '2010-09-25',
  'Skvortsov, Kornienko and Caldwell Dyson flew to the ISS; their departure slipped a day because of a stuck docking hook.');
iss('Soyuz TMA-19', TMA, null, '2010-06-15', FG, PAD1, [d('Zvezda aft', '2010-06-17', '2010-07-28'), d('Rassvet', '2010-07-28', '2010-11-26')], '2010-11-26',
  'Yurchikhin, Wheelock and Walker flew to the ISS and made the first docking at the new Rassvet module.');
iss('Soyuz TMA-20', TMA, null, '2010-12-15', FG, PAD1, [d('Rassvet', '2010-12-17', '2011-05-23')], '2011-05-24',
  'Kondratyev, Coleman and Nespoli flew to the ISS; on leaving, Nespoli photographed the station with a Shuttle docked.');
iss('Soyuz TMA-21', TMA, null, '2011-04-04', FG, PAD1, [d('Poisk', '2011-04-06', '2011-09-16')], '2011-09-16',
  'Samokutyayev, Borisenko and Garan flew the ship named Gagarin, launched for the 50th anniversary of the first spaceflight.');
iss('Soyuz TMA-22', TMA, null, '2011-11-14', FG, PAD1, [d('Poisk', '2011-11-16', '2012-04-27')], '2012-04-27',
  'Shkaplerov, Ivanishin and Burbank flew the last Soyuz TMA, the first crewed launch after the Shuttle retired.');

// ---------------------------------------------------------------------------------------------
// Soyuz TMA-M (2010-2016): ISS
// ---------------------------------------------------------------------------------------------

const TMAM = 'Soyuz TMA-M';

iss('Soyuz TMA-01M', TMAM, 'No. 701', '2010-10-07T23:10:00Z', FG, PAD1, [d('Poisk', '2010-10-10', '2011-03-16')], '2011-03-16',
  'Kaleri, Skripochka and Kelly flew the first Soyuz with a digital flight computer.');
iss('Soyuz TMA-02M', TMAM, null, '2011-06-07T20:13:00Z', FG, PAD1, [d('Rassvet', '2011-06-09', '2011-11-21')], '2011-11-22',
  'Volkov, Furukawa and Fossum flew to the ISS for Expeditions 28 and 29.');
iss('Soyuz TMA-03M', TMAM, 'No. 703', '2011-12-21T13:16:00Z', FG, PAD1, [d('Rassvet', '2011-12-23', '2012-07-01')], '2012-07-01',
  'Kononenko, Kuipers and Pettit flew to the ISS for Expeditions 30 and 31.');
iss('Soyuz TMA-04M', TMAM, 'No. 705', '2012-05-15T03:01:00Z', FG, PAD1, [d('Poisk', '2012-05-17', '2012-09-16')], '2012-09-17',
  'Padalka, Revin and Acaba flew to the ISS for Expeditions 31 and 32, in a ship substituted after the first one was damaged in testing.');
iss('Soyuz TMA-05M', TMAM, null, '2012-07-15', FG, PAD1, [d('Rassvet', '2012-07-17', '2012-11-18')], '2012-11-19',
  'Malenchenko, Williams and Hoshide flew to the ISS for Expeditions 32 and 33.');
iss('Soyuz TMA-06M', TMAM, null, '2012-10-23', FG, PAD31, [d('Poisk', '2012-10-25', '2013-03-15')], '2013-03-16',
  'Novitskiy, Tarelkin and Ford flew to the ISS for Expeditions 33 and 34.');
iss('Soyuz TMA-07M', TMAM, null, '2012-12-19', FG, PAD1, [d('Rassvet', '2012-12-21', '2013-05-13')], '2013-05-14',
  'Romanenko, Hadfield and Marshburn flew to the ISS; Hadfield became the first Canadian to command it.');
iss('Soyuz TMA-08M', TMAM, 'No. 708', '2013-03-28T20:43:00Z', FG, PAD1, [d('Poisk', '2013-03-29', '2013-09-10')], '2013-09-11',
  'Vinogradov, Misurkin and Cassidy made the first crewed six-hour fast rendezvous with the ISS.');
iss('Soyuz TMA-09M', TMAM, null, '2013-05-28T20:31:00Z', FG, PAD1, [d('Rassvet', '2013-05-29', '2013-11-01'), d('Zvezda aft', '2013-11-01', '2013-11-10')], '2013-11-11',
  'Yurchikhin, Parmitano and Nyberg flew to the ISS; they brought the Sochi Olympic torch home.');
iss('Soyuz TMA-10M', TMAM, null, '2013-09-25', FG, PAD1, [d('Poisk', '2013-09-26', '2014-03-10')], '2014-03-11',
  'Kotov, Ryazansky and Hopkins flew to the ISS for Expeditions 37 and 38.');
iss('Soyuz TMA-11M', TMAM, 'No. 711', '2013-11-07T04:14:00Z', FG, PAD1, [d('Rassvet', '2013-11-07', '2014-05-13')], '2014-05-14',
  'Tyurin, Mastracchio and Wakata carried the Olympic torch to the ISS, where it was taken on a spacewalk.');
iss('Soyuz TMA-12M', TMAM, null, '2014-03-25T21:17:00Z', FG, PAD1, [d('Poisk', '2014-03-27', '2014-09-10')], '2014-09-11',
  'Skvortsov, Artemyev and Swanson reached the ISS after two days instead of six hours when an engine burn was skipped.');
iss('Soyuz TMA-13M', TMAM, 'No. 713', '2014-05-28T19:57:00Z', FG, PAD1, [d('Rassvet', '2014-05-29', '2014-11-10')], '2014-11-10',
  'Suraev, Wiseman and Gerst flew to the ISS for Expeditions 40 and 41.');
iss('Soyuz TMA-14M', TMAM, 'No. 714', '2014-09-25T20:25:00Z', FG, PAD1, [d('Poisk', '2014-09-26', '2015-03-11')], '2015-03-12',
  'Samokutyayev, Serova and Wilmore flew to the ISS; a solar panel that stuck after launch opened once docked.');
iss('Soyuz TMA-15M', TMAM, 'No. 715', '2014-11-23T21:01:00Z', FG, PAD31, [d('Rassvet', '2014-11-24', '2015-06-11')], '2015-06-11',
  'Shkaplerov, Cristoforetti and Virts flew to the ISS; their return slipped a month after the loss of Progress M-27M.');
iss('Soyuz TMA-16M', TMAM, null, '2015-03-27T19:42:00Z', FG, PAD1, [d('Poisk', '2015-03-28', '2015-08-28'), d('Zvezda aft', '2015-08-28', '2015-09-11')], '2015-09-12',
  'Padalka, Kornienko and Kelly flew to the ISS; Kornienko and Kelly stayed almost a year.');
iss('Soyuz TMA-17M', TMAM, 'No. 717', '2015-07-22T21:02:00Z', FG, PAD1, [d('Rassvet', '2015-07-23', '2015-12-11')], '2015-12-11',
  'Kononenko, Yui and Lindgren flew to the ISS for Expeditions 44 and 45.');
iss('Soyuz TMA-18M', TMAM, null, '2015-09-02', FG, PAD1, [d('Poisk', '2015-09-04', '2016-03-01')], '2016-03-02',
  'Volkov flew Andreas Mogensen and Aidyn Aimbetov to the ISS; the ship brought Kelly and Kornienko home after their year-long stay.');
iss('Soyuz TMA-19M', TMAM, null, '2015-12-15', FG, PAD1, [d('Rassvet', '2015-12-15', '2016-06-18')], '2016-06-18',
  'Malenchenko, Kopra and Peake flew to the ISS; Malenchenko docked manually after the automatic approach was aborted.');
iss('Soyuz TMA-20M', TMAM, null, '2016-03-18', FG, PAD1, [d('Poisk', '2016-03-19', '2016-09-06')], '2016-09-07',
  'Ovchinin, Skripochka and Williams flew the last Soyuz TMA-M to the ISS.');

// ---------------------------------------------------------------------------------------------
// Soyuz MS (2016-): ISS (Soyuz MS-22 and MS-23 are in the bundled JSON)
// ---------------------------------------------------------------------------------------------

const MS = 'Soyuz MS';
const S2 = 'Soyuz-2.1a';

iss('Soyuz MS-01', MS, 'No. 731', '2016-07-07', FG, PAD1, [d('Rassvet', '2016-07-09', '2016-10-30')], '2016-10-30',
  'Ivanishin, Onishi and Rubins tested the upgraded Soyuz MS on a two-day approach; Rubins sequenced DNA in orbit.');
iss('Soyuz MS-02', MS, 'No. 732', '2016-10-19T08:05:00Z', FG, PAD31, [d('Poisk', '2016-10-21', '2017-04-10')], '2017-04-10',
  'Ryzhikov, Borisenko and Kimbrough flew to the ISS for Expeditions 49 and 50.');
iss('Soyuz MS-03', MS, null, '2016-11-17', FG, PAD1, [d('Rassvet', '2016-11-19', '2017-06-02')], '2017-06-02',
  'Novitskiy, Pesquet and Whitson flew to the ISS; Whitson stayed on and came home later in Soyuz MS-04.');
iss('Soyuz MS-04', MS, null, '2017-04-20', FG, PAD1, [d('Poisk', '2017-04-20', '2017-09-02')], '2017-09-03',
  'Yurchikhin and Fischer flew with an empty seat while Russia reduced its ISS crew; the ship brought home Peggy Whitson.');
iss('Soyuz MS-05', MS, null, '2017-07-28', FG, PAD1, [d('Rassvet', '2017-07-28', '2017-12-14')], '2017-12-14',
  'Ryazansky, Nespoli and Bresnik flew to the ISS for Expeditions 52 and 53.');
iss('Soyuz MS-06', MS, null, '2017-09-12', FG, PAD1, [d('Poisk', '2017-09-13', '2018-02-27')], '2018-02-28',
  'Misurkin, Vande Hei and Acaba flew to the ISS for Expeditions 53 and 54.');
iss('Soyuz MS-07', MS, null, '2017-12-17', FG, PAD1, [d('Rassvet', '2017-12-19', '2018-06-03')], '2018-06-03',
  'Shkaplerov, Kanai and Tingle flew to the ISS for Expeditions 54 and 55.');
iss('Soyuz MS-08', MS, null, '2018-03-21', FG, PAD1, [d('Poisk', '2018-03-23', '2018-10-04')], '2018-10-04',
  'Artemyev, Feustel and Arnold flew to the ISS for Expeditions 55 and 56.');
iss('Soyuz MS-09', MS, null, '2018-06-06', FG, PAD1, [d('Rassvet', '2018-06-08', '2018-12-20')], '2018-12-20',
  'Prokopyev, Gerst and Auñón-Chancellor flew to the ISS; a small drilled hole in the orbital module leaked air until it was sealed.');
fly({ name: 'Soyuz MS-10', serial: 'No. 740', config: MS, net: '2018-10-11T08:40:00Z', rocket: FG, dest: ISS, outcome: 'failure',
  failreason: 'A strap-on booster did not separate cleanly and struck the core stage about two minutes after liftoff.',
  craft: 'The Soyuz MS whose launch to the ISS in October 2018 ended in an abort; its crew landed unhurt.',
  mission: 'Ovchinin and Hague were bound for the ISS when a booster separation failure triggered an abort during ascent.',
  end: '2018-10-11', landing: land('A steep ballistic descent from about 90 km ended east of Zhezkazgan; both crew members were unhurt.') });
iss('Soyuz MS-11', MS, null, '2018-12-03', FG, PAD1, [d('Poisk', '2018-12-03', '2019-06-24')], '2019-06-25',
  'Kononenko, Saint-Jacques and McClain flew the first crewed launch after the MS-10 abort.');
iss('Soyuz MS-12', MS, null, '2019-03-14T19:14:00Z', FG, PAD1, [d('Rassvet', '2019-03-15', '2019-10-03')], '2019-10-03',
  'Ovchinin and Hague flew again after the MS-10 abort, with Christina Koch; the ship returned with Hazza Al Mansouri.');
iss('Soyuz MS-13', MS, 'No. 746', '2019-07-20T16:28:00Z', FG, PAD1, [d('Zvezda aft', '2019-07-20', '2019-08-26'), d('Poisk', '2019-08-26', '2020-02-06')], '2020-02-06',
  'Skvortsov, Parmitano and Morgan flew to the ISS; the ship returned with Christina Koch after her 328-day stay.');
iss('Soyuz MS-14', MS, 'No. 743', '2019-08-22T03:38:00Z', S2, PAD31, [d('Zvezda aft', '2019-08-27', '2019-09-06')], '2019-09-06',
  'An uncrewed Soyuz tested the switch to the Soyuz-2.1a rocket, carrying the humanoid robot Fedor; its first docking attempt failed.',
  { type: 'Test Flight', craft: 'An uncrewed Soyuz MS flown to qualify the Soyuz-2.1a launcher for crews.' });
iss('Soyuz MS-15', MS, null, '2019-09-25', FG, PAD1, [d('Zvezda aft', '2019-09-25', '2020-04-17T01:53Z')], '2020-04-17T05:16Z',
  'Skripochka, Meir and Al Mansouri, the first Emirati in space, flew on the last Soyuz-FG and the last launch from Gagarin\'s Start.');
iss('Soyuz MS-16', MS, null, '2020-04-09', S2, PAD31, [d('Poisk', '2020-04-09', '2020-10-21T23:32Z')], '2020-10-22T02:54Z',
  'Ivanishin, Vagner and Cassidy flew the first crewed Soyuz on the Soyuz-2.1a rocket.');
iss('Soyuz MS-17', MS, null, '2020-10-14', S2, PAD31, [d('Rassvet', '2020-10-14', '2021-03-19'), d('Poisk', '2021-03-19', '2021-04-17')], '2021-04-17',
  'Ryzhikov, Kud-Sverchkov and Rubins reached the ISS about three hours after launch, the first two-orbit rendezvous with a crew.');
iss('Soyuz MS-18', MS, null, '2021-04-09', S2, PAD31, [d('Rassvet', '2021-04-09', '2021-09-28'), d('Nauka nadir', '2021-09-28', '2021-10-17')], '2021-10-17',
  'Novitskiy, Dubrov and Vande Hei flew to the ISS; the ship returned with the actress and director of the film The Challenge.');
iss('Soyuz MS-19', MS, null, '2021-10-05', S2, PAD31, [d('Rassvet', '2021-10-05', '2022-03-30')], '2022-03-30',
  'Shkaplerov flew the actress Yulia Peresild and director Klim Shipenko to shoot scenes of a feature film aboard the ISS.');
iss('Soyuz MS-20', MS, null, '2021-12-08', S2, PAD31, [d('Poisk', '2021-12-08', '2021-12-20')], '2021-12-20',
  'Misurkin flew the Japanese businessman Yusaku Maezawa and his assistant Yozo Hirano on a twelve-day paid visit.',
  { type: 'Tourism' });
iss('Soyuz MS-21', MS, null, '2022-03-18', S2, PAD31, [d('Prichal', '2022-03-18', '2022-09-29T07:34Z')], '2022-09-29T10:57Z',
  'Artemyev, Matveyev and Korsakov made the first docking at the Prichal node.');
iss('Soyuz MS-24', MS, null, '2023-09-15', S2, PAD31, [d('Rassvet', '2023-09-15', '2024-04-06')], '2024-04-06',
  'Kononenko, Chub and O\'Hara flew to the ISS; Kononenko and Chub stayed a year.');
iss('Soyuz MS-25', MS, null, '2024-03-23', S2, PAD31, [d('Prichal', '2024-03-25', '2024-09-23T07:37Z')], '2024-09-23T11:32Z',
  'Novitskiy flew Marina Vasilevskaya of Belarus and NASA\'s Tracy Dyson to the ISS after a scrubbed first attempt.');
iss('Soyuz MS-26', MS, null, '2024-09-11', S2, PAD31, [d('Rassvet', '2024-09-11', '2025-04-19T21:57Z')], '2025-04-20T01:20Z',
  'Ovchinin, Vagner and Pettit flew to the ISS; Pettit landed on his 70th birthday.');
iss('Soyuz MS-27', MS, null, '2025-04-08', S2, PAD31, [d('Prichal', '2025-04-08', '2025-12-09')], '2025-12-09',
  'Ryzhikov, Zubritsky and Kim flew to the ISS for an eight-month stay.');
// Past the catalog's mid-2025 cut-off, recorded because its crew was aboard the ISS at the
// dataset's snapshot (Expedition 74); its return is not known here, so it has no end.
fly({ name: 'Soyuz MS-28', config: MS, net: '2025-11-27T09:27:57Z', rocket: S2, pad: PAD31, dest: ISS,
  mission: 'Kud-Sverchkov, Mikayev and NASA\'s Chris Williams flew to the ISS for an eight-month stay; the launch wrecked the service cabin under the rocket at Site 31/6.',
  end: null, landing: null, dockings: [d('Rassvet', '2025-11-27', null)] });

export const part: CatalogPart = {
  configurations,
  ports,
  spacecraft,
  flights,
};
