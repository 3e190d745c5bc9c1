// The other visitors to the International Space Station and the newer crew ships: SpaceX's
// Dragon 1 cargo capsules and its Dragon 2 cargo and crew capsules, Orbital's and Northrop
// Grumman's Cygnus, Japan's HTV, Europe's ATV, Sierra Space's Dream Chaser and the Starship
// test flights. Berthed vehicles (Dragon 1, Cygnus, HTV) are recorded as dockings at the port
// where the station's arm installed them. Dates are UTC.
import type { CatalogPart, ConfigurationEntry, DockingEntry, FlightEntry, LandingEntry, LaunchEntry, SpacecraftEntry } from './types.ts';

const ISS = 'International Space Station';
const NASA = 'National Aeronautics and Space Administration';
const JAXA = 'Japan Aerospace Exploration Agency';
const ESA = 'European Space Agency';
const ROSCOSMOS = 'Roscosmos State Corporation for Space Activities';
const CRS = ['Commercial Resupply Services', ISS];
const CCP = ['Commercial Crew Program', ISS];

type Port = 'Harmony forward' | 'Harmony zenith' | 'Harmony nadir' | 'Unity nadir' | 'Zvezda aft' | null;
const at = (port: Port, docked: string, undocked: string | null): DockingEntry => ({ station: ISS, port, docked, undocked });

type Sea = 'Pacific Ocean' | 'Atlantic Ocean' | 'Gulf of Mexico' | 'Indian Ocean' | null;
const splash = (site: Sea, description?: string): LandingEntry => ({
  type: 'Splashdown', site, success: true, ...(description ? { description } : {}),
});

const wiki = (title: string) => `https://en.wikipedia.org/wiki/${title}`;

const ship = (name: string, serial: string | null, config: string, status: SpacecraftEntry['status'], description: string): SpacecraftEntry => ({
  name, serial, config, status, description,
});

// ---------------------------------------------------------------------------------------------
// Configurations and families defined here.

const configurations: ConfigurationEntry[] = [
  {
    name: 'Dragon 1', family: 'Dragon', agency: 'SpaceX', type: 'Cargo Resupply', inUse: false,
    capability: 'Pressurised and unpressurised cargo delivery to the ISS and return of cargo to Earth',
    history: 'The first Dragon reached orbit in December 2010 and berthed at the ISS in May 2012, the first commercial spacecraft to do so. It flew twenty NASA resupply missions until March 2020, and was the only ISS freighter of its time that could bring cargo home.',
    details: 'A capsule with Draco thrusters and an unpressurised trunk carrying solar arrays; the station\'s robotic arm captured it and berthed it to a port. It splashed down under parachutes in the Pacific off Baja California.',
    maidenFlight: '2010-12-08', height: 6.1, diameter: 3.7, humanRated: false, crewCapacity: null,
    payloadCapacity: 3310, payloadReturnCapacity: 3000, flightLife: 'About one month berthed', wikiLink: wiki('SpaceX_Dragon_1'),
  },
  {
    name: 'H-II Transfer Vehicle', family: 'HTV', agency: JAXA, type: 'Cargo Resupply', inUse: false,
    capability: 'Pressurised and unpressurised cargo delivery to the ISS, including whole payload racks',
    history: 'Japan\'s HTV, also called Kounotori (white stork), flew nine missions between 2009 and 2020 without a failure. It carried station batteries, experiment racks and external payloads that no other freighter of its time could take.',
    details: 'A pressurised carrier, an unpressurised carrier opened to the station\'s arm, an avionics module and a propulsion module; the arm captured it and berthed it to Harmony. Launched by the H-IIB from Tanegashima and burnt up at the end of each mission.',
    maidenFlight: '2009-09-10', height: 9.8, diameter: 4.4, humanRated: false, crewCapacity: null,
    payloadCapacity: 6000, payloadReturnCapacity: null, flightLife: 'About one to two months berthed', wikiLink: wiki('H-II_Transfer_Vehicle'),
  },
  {
    name: 'Automated Transfer Vehicle', family: null, agency: ESA, type: 'Cargo Resupply', inUse: false,
    capability: 'Cargo, water, gas and propellant delivery to the ISS, and reboost of the station',
    history: 'Europe built five ATVs, each named after a European scientist or writer, and launched them on Ariane 5 between 2008 and 2014. They docked automatically to the aft port of the Russian Zvezda module and used their engines to raise the station\'s orbit.',
    details: 'A pressurised cargo section derived from the Italian-built logistics modules, with a service module of four main engines and four solar wings; it burnt up over the Pacific at the end of each mission.',
    maidenFlight: '2008-03-09', height: 10.3, diameter: 4.5, humanRated: false, crewCapacity: null,
    payloadCapacity: 7700, payloadReturnCapacity: null, flightLife: 'Up to six months docked', wikiLink: wiki('Automated_Transfer_Vehicle'),
  },
  {
    name: 'Dream Chaser', family: null, agency: 'Sierra Space', type: 'Spaceplane', inUse: false,
    capability: 'Uncrewed cargo delivery to the ISS and runway landing with return cargo',
    history: 'A lifting-body spaceplane descended from NASA\'s HL-20 studies, selected in 2016 for the second round of NASA\'s ISS cargo contracts. The first vehicle, Tenacity, was still being prepared for its maiden flight in 2025.',
    details: 'A reusable winged vehicle with folding wings, launched inside a fairing on ULA\'s Vulcan with an expendable Shooting Star cargo module; it is designed to land on a runway.',
    maidenFlight: null, height: 9, diameter: null, humanRated: false, crewCapacity: null,
    payloadCapacity: 5500, payloadReturnCapacity: null, flightLife: null, wikiLink: wiki('Dream_Chaser'),
  },
  {
    name: 'Starship', family: null, agency: 'SpaceX', type: 'Unknown', inUse: true,
    capability: 'Fully reusable upper stage and spacecraft for cargo and, later, crew',
    history: 'SpaceX flew the first integrated Starship test in April 2023. Each test ship is a new vehicle identified by its serial number; early ships were lost in flight, and from the fourth flight on several made controlled splashdowns in the Indian Ocean.',
    details: 'A stainless-steel upper stage with six Raptor engines and four flaps for a belly-first reentry, launched on a Super Heavy booster from Starbase, Texas.',
    maidenFlight: '2023-04-20', height: 50, diameter: 9, humanRated: false, crewCapacity: null,
    payloadCapacity: null, payloadReturnCapacity: null, flightLife: null, wikiLink: wiki('SpaceX_Starship'),
  },
];

// ---------------------------------------------------------------------------------------------
// Dragon 1: the capsules by serial, and the flights they made.

/** A Dragon 1 flight under NASA's first resupply contract, berthed to Harmony nadir. */
function dragon1(capsule: string, crs: number, net: string, rocket: string, pad: string, description: string, berthed: string, unberthed: string, end: string): FlightEntry {
  return {
    spacecraft: `Dragon ${capsule}`,
    launch: {
      mission: `SpX CRS-${crs}`, net, rocket, pad, outcome: 'success', type: 'Resupply', description,
      agencies: [NASA, 'SpaceX'], programs: CRS,
    },
    destination: ISS, end, landing: splash('Pacific Ocean'),
    dockings: [at('Harmony nadir', berthed, unberthed)],
  };
}

const F9v10 = 'Falcon 9 v1.0';
const F9v11 = 'Falcon 9 v1.1';
const F9FT = 'Falcon 9 Full Thrust';
const SLC40 = 'Space Launch Complex 40';
const LC39A = 'Launch Complex 39A';

const dragon1Capsules: SpacecraftEntry[] = [
  ship('Dragon C101', 'C101', 'Dragon 1', 'Retired', 'The first Dragon; on its two-orbit flight in December 2010 SpaceX became the first company to recover a spacecraft from orbit.'),
  ship('Dragon C102', 'C102', 'Dragon 1', 'Retired', 'The Dragon that became the first commercial spacecraft to berth at the ISS, in May 2012.'),
  ship('Dragon C103', 'C103', 'Dragon 1', 'Retired', 'The Dragon of SpaceX\'s first contracted cargo run to the ISS, CRS-1, in October 2012.'),
  ship('Dragon C104', 'C104', 'Dragon 1', 'Retired', 'The Dragon of CRS-2, whose thruster trouble after launch delayed its arrival at the station by a day.'),
  ship('Dragon C105', 'C105', 'Dragon 1', 'Retired', 'The Dragon of CRS-3, the first Dragon launched on the stretched Falcon 9 v1.1.'),
  ship('Dragon C106', 'C106', 'Dragon 1', 'Retired', 'The first Dragon to fly again: it flew CRS-4, CRS-11 and CRS-19.'),
  ship('Dragon C107', 'C107', 'Dragon 1', 'Retired', 'The Dragon of CRS-5, the flight on which SpaceX first tried to land a Falcon 9 booster on a drone ship.'),
  ship('Dragon C108', 'C108', 'Dragon 1', 'Retired', 'The first Dragon to fly three times, on CRS-6, CRS-13 and CRS-18.'),
  ship('Dragon C109', 'C109', 'Dragon 1', 'Destroyed', 'The Dragon lost on CRS-7 in June 2015 when its Falcon 9 broke apart about two and a half minutes after liftoff.'),
  ship('Dragon C110', 'C110', 'Dragon 1', 'Retired', 'The Dragon that carried the BEAM expandable module on CRS-8 and flew again on CRS-14.'),
  ship('Dragon C111', 'C111', 'Dragon 1', 'Retired', 'The Dragon that delivered the IDA-2 docking adapter on CRS-9 and flew again on CRS-15.'),
  ship('Dragon C112', 'C112', 'Dragon 1', 'Retired', 'The Dragon of CRS-10, reflown on CRS-16 and on CRS-20, the last flight of the first-generation Dragon.'),
  ship('Dragon C113', 'C113', 'Dragon 1', 'Retired', 'The Dragon of CRS-12, reflown on CRS-17.'),
];

const dragon1Flights: FlightEntry[] = [
  {
    spacecraft: 'Dragon C101',
    launch: {
      mission: 'COTS Demo Flight 1', net: '2010-12-08T15:43Z', rocket: F9v10, pad: SLC40, outcome: 'success', type: 'Test Flight',
      description: 'First Dragon flight under NASA\'s COTS programme: two orbits and a splashdown in the Pacific.',
      agencies: ['SpaceX', NASA],
    },
    destination: 'Low Earth Orbit', end: '2010-12-08', landing: splash('Pacific Ocean', 'Splashed down off the coast of Mexico and was recovered.'),
  },
  {
    spacecraft: 'Dragon C102',
    launch: {
      mission: 'COTS Demo Flight 2', net: '2012-05-22T07:44Z', rocket: F9v10, pad: SLC40, outcome: 'success', type: 'Test Flight',
      description: 'Combined COTS demonstration flight in which a Dragon was captured by the station\'s arm and berthed to the ISS.',
      agencies: ['SpaceX', NASA], programs: [ISS],
    },
    destination: ISS, end: '2012-05-31T15:42Z', landing: splash('Pacific Ocean'),
    dockings: [at('Harmony nadir', '2012-05-25T16:02Z', '2012-05-31')],
  },
  dragon1('C103', 1, '2012-10-08T00:35Z', F9v10, SLC40,
    'First contracted SpaceX resupply flight; an engine shut down during ascent but Dragon reached its orbit.',
    '2012-10-10', '2012-10-28', '2012-10-28'),
  dragon1('C104', 2, '2013-03-01T15:10Z', F9v10, SLC40,
    'Second resupply flight, delayed a day by a thruster valve problem before berthing.', '2013-03-03', '2013-03-26', '2013-03-26'),
  dragon1('C105', 3, '2014-04-18T19:25Z', F9v11, SLC40,
    'Third resupply flight, the first with the Falcon 9 v1.1 and the first with landing legs on the booster.', '2014-04-20', '2014-05-18', '2014-05-18'),
  dragon1('C106', 4, '2014-09-21T05:52Z', F9v11, SLC40,
    'Fourth resupply flight, carrying the first 3D printer to reach the station.', '2014-09-23', '2014-10-25', '2014-10-25'),
  dragon1('C107', 5, '2015-01-10T09:47Z', F9v11, SLC40,
    'Fifth resupply flight, carrying the CATS lidar; the booster made the first attempt to land on a drone ship.', '2015-01-12', '2015-02-10', '2015-02-11T00:44Z'),
  dragon1('C108', 6, '2015-04-14T20:10Z', F9v11, SLC40,
    'Sixth resupply flight.', '2015-04-17', '2015-05-21', '2015-05-21'),
  {
    spacecraft: 'Dragon C109',
    launch: {
      mission: 'SpX CRS-7', net: '2015-06-28T14:21Z', rocket: F9v11, pad: SLC40, outcome: 'failure', type: 'Resupply',
      description: 'Seventh resupply flight, carrying the first International Docking Adapter, lost during ascent.',
      failreason: 'A strut holding a helium tank in the second stage failed about 139 seconds into flight and the rocket broke apart; Dragon survived the breakup but had no software to deploy its parachutes.',
      agencies: [NASA, 'SpaceX'], programs: CRS,
    },
    destination: ISS, end: '2015-06-28', landing: null,
  },
  dragon1('C110', 8, '2016-04-08T20:43Z', F9FT, SLC40,
    'Eighth resupply flight, carrying the BEAM expandable module; the booster made the first landing on a drone ship.', '2016-04-10', '2016-05-11', '2016-05-11'),
  dragon1('C111', 9, '2016-07-18T04:45Z', F9FT, SLC40,
    'Ninth resupply flight, delivering the IDA-2 docking adapter for future crew ships.', '2016-07-20', '2016-08-26', '2016-08-26'),
  dragon1('C112', 10, '2017-02-19T14:39Z', F9FT, LC39A,
    'Tenth resupply flight and SpaceX\'s first launch from Launch Complex 39A; the first approach was aborted and Dragon berthed a day late.', '2017-02-23', '2017-03-19', '2017-03-19'),
  dragon1('C106', 11, '2017-06-03T21:07Z', F9FT, LC39A,
    'Eleventh resupply flight and the first reflight of a Dragon capsule, carrying the NICER X-ray telescope.', '2017-06-05', '2017-07-02', '2017-07-03T12:12Z'),
  dragon1('C113', 12, '2017-08-14T16:31Z', F9FT, LC39A,
    'Twelfth resupply flight, the last to fly a brand-new Dragon 1 capsule.', '2017-08-16', '2017-09-17', '2017-09-17'),
  dragon1('C108', 13, '2017-12-15T15:36Z', F9FT, SLC40,
    'Thirteenth resupply flight, flying both a reused Dragon and a reused booster for NASA, from the rebuilt SLC-40.', '2017-12-17', '2018-01-13', '2018-01-13'),
  dragon1('C110', 14, '2018-04-02T20:30Z', F9FT, SLC40,
    'Fourteenth resupply flight, again with a reused capsule and booster.', '2018-04-04', '2018-05-05', '2018-05-05'),
  dragon1('C111', 15, '2018-06-29T09:42Z', F9FT, SLC40,
    'Fifteenth resupply flight, carrying the CIMON robotic assistant.', '2018-07-02', '2018-08-03', '2018-08-03'),
  dragon1('C112', 16, '2018-12-05T18:16Z', 'Falcon 9', SLC40,
    'Sixteenth resupply flight; the booster lost a grid-fin pump and came down in the sea off Cape Canaveral.', '2018-12-08', '2019-01-13', '2019-01-14'),
  dragon1('C113', 17, '2019-05-04T06:48Z', 'Falcon 9', SLC40,
    'Seventeenth resupply flight, carrying the OCO-3 carbon observatory.', '2019-05-06', '2019-06-03', '2019-06-03'),
  dragon1('C108', 18, '2019-07-25T22:01Z', 'Falcon 9', SLC40,
    'Eighteenth resupply flight, delivering the IDA-3 docking adapter; the capsule\'s third flight.', '2019-07-27', '2019-08-27', '2019-08-27'),
  dragon1('C106', 19, '2019-12-05T17:29Z', 'Falcon 9', SLC40,
    'Nineteenth resupply flight, the third for this capsule.', '2019-12-08', '2020-01-07', '2020-01-07'),
  dragon1('C112', 20, '2020-03-07T04:50Z', 'Falcon 9', SLC40,
    'Twentieth and last resupply flight of the first-generation Dragon, carrying the Bartolomeo external platform.', '2020-03-09', '2020-04-07', '2020-04-07'),
];

// ---------------------------------------------------------------------------------------------
// Cargo Dragon 2: C208 (bundled; its CRS-21 flight is bundled too), C209 and C211.

function cargoDragon(capsule: string, crs: number, net: string, pad: string, description: string, port: Port, docked: string, undocked: string, end: string, sea: Sea): FlightEntry {
  return {
    spacecraft: `Cargo Dragon ${capsule}`,
    launch: {
      mission: `SpX CRS-${crs}`, net, rocket: 'Falcon 9', pad, outcome: 'success', type: 'Resupply', description,
      agencies: [NASA, 'SpaceX'], programs: CRS,
    },
    destination: ISS, end, landing: splash(sea), dockings: [at(port, docked, undocked)],
  };
}

const cargoDragons: SpacecraftEntry[] = [
  ship('Cargo Dragon C209', 'C209', 'Cargo Dragon', 'Active', 'The second Cargo Dragon 2, first flown on CRS-22 in June 2021 with the first pair of roll-out solar arrays for the station.'),
  ship('Cargo Dragon C211', 'C211', 'Cargo Dragon', 'Active', 'The third Cargo Dragon 2, first flown on CRS-26 in November 2022.'),
];

const cargoDragonFlights: FlightEntry[] = [
  cargoDragon('C209', 22, '2021-06-03T17:29Z', LC39A, 'Resupply flight carrying the first two ISS Roll-Out Solar Arrays (iROSA).',
    'Harmony zenith', '2021-06-05', '2021-07-08', '2021-07-10T03:29Z', 'Gulf of Mexico'),
  cargoDragon('C208', 23, '2021-08-29T07:14Z', LC39A, 'Resupply flight, the first reflight of a Cargo Dragon 2.',
    'Harmony forward', '2021-08-30T14:30Z', '2021-09-30T13:12Z', '2021-10-01T02:57Z', 'Atlantic Ocean'),
  cargoDragon('C209', 24, '2021-12-21T10:07Z', LC39A, 'Resupply flight with holiday food and science for the Expedition 66 crew.',
    'Harmony zenith', '2021-12-22T08:41Z', '2022-01-23', '2022-01-24', 'Gulf of Mexico'),
  cargoDragon('C208', 25, '2022-07-15T00:44Z', LC39A, 'Resupply flight carrying NASA\'s EMIT mineral-dust spectrometer.',
    'Harmony forward', '2022-07-16', '2022-08-19T15:05Z', '2022-08-20T18:53Z', 'Atlantic Ocean'),
  cargoDragon('C211', 26, '2022-11-26T19:20Z', LC39A, 'Resupply flight carrying a second pair of roll-out solar arrays.',
    'Harmony zenith', '2022-11-27', '2023-01-09T22:05Z', '2023-01-11T10:19Z', 'Gulf of Mexico'),
  cargoDragon('C209', 27, '2023-03-15T00:30Z', LC39A, 'Resupply flight with about 2.8 tonnes of science, supplies and hardware.',
    'Harmony forward', '2023-03-16', '2023-04-15T15:05Z', '2023-04-15', null),
  cargoDragon('C208', 28, '2023-06-05T15:47Z', LC39A, 'Resupply flight carrying the fifth and sixth roll-out solar arrays.',
    'Harmony zenith', '2023-06-06', '2023-06-29T16:30Z', '2023-06-30T14:30Z', 'Atlantic Ocean'),
  cargoDragon('C211', 29, '2023-11-10T01:28Z', LC39A, 'Resupply flight carrying the ILLUMA-T laser communications terminal.',
    'Harmony forward', '2023-11-11', '2023-12-21T22:05Z', '2023-12-22', null),
  cargoDragon('C209', 30, '2024-03-21T20:55Z', SLC40, 'Resupply flight, the first Cargo Dragon 2 launch from Space Launch Complex 40.',
    'Harmony zenith', '2024-03-23', '2024-04-28', '2024-04-30T05:38Z', 'Gulf of Mexico'),
  cargoDragon('C208', 31, '2024-11-05T02:29Z', LC39A, 'Resupply flight, the fifth for this capsule, carrying the CODEX solar coronagraph.',
    'Harmony forward', '2024-11-05', '2024-12-16T16:05Z', '2024-12-17T18:39Z', null),
  cargoDragon('C209', 32, '2025-04-21T08:15Z', LC39A, 'Resupply flight, the first Cargo Dragon 2 to come home off the coast of California.',
    'Harmony zenith', '2025-04-22', '2025-05-23T16:05Z', '2025-05-25', 'Pacific Ocean'),
];

// ---------------------------------------------------------------------------------------------
// Crew Dragon: Resilience, Endurance and Grace, the in-flight abort capsule, and Freedom's
// flights not in the bundled files.

const crewDragons: SpacecraftEntry[] = [
  ship('Crew Dragon C205', 'C205', 'Crew Dragon', 'Retired', 'The Crew Dragon that flew the in-flight abort test of January 2020, escaping from a Falcon 9 at maximum aerodynamic pressure.'),
  ship('Resilience', 'C207', 'Crew Dragon', 'Active', 'The Crew Dragon of NASA\'s first operational commercial crew flight, later used for the all-private Inspiration4, Polaris Dawn and Fram2 missions.'),
  ship('Endurance', 'C210', 'Crew Dragon', 'Active', 'The Crew Dragon that flew NASA\'s Crew-3, Crew-5, Crew-7 and Crew-10 missions.'),
  ship('Grace', 'C213', 'Crew Dragon', 'Active', 'The fifth Crew Dragon, first flown on the private Axiom Mission 4 in June 2025.'),
];

type CrewLaunch = Pick<LaunchEntry, 'mission' | 'net' | 'description' | 'type'> & Partial<LaunchEntry>;
function crewDragon(spacecraft: string, launch: CrewLaunch, destination: string, end: string, landing: LandingEntry, dockings: DockingEntry[] = []): FlightEntry {
  return {
    spacecraft,
    launch: { rocket: 'Falcon 9', pad: LC39A, outcome: 'success', ...launch },
    destination, end, landing, ...(dockings.length ? { dockings } : {}),
  };
}

const crewDragonFlights: FlightEntry[] = [
  crewDragon('Crew Dragon C205', {
    mission: 'Crew Dragon In-Flight Abort Test', net: '2020-01-19T15:30Z', type: 'Test Flight', orbit: 'Suborbital',
    description: 'Uncrewed test in which Crew Dragon fired its SuperDraco engines to escape from a Falcon 9 shortly after maximum aerodynamic pressure; the rocket broke up as planned.',
    agencies: ['SpaceX', NASA], programs: ['Commercial Crew Program'],
  }, 'Suborbital', '2020-01-19', splash('Atlantic Ocean', 'Splashed down off the Florida coast a few minutes after the abort.')),
  crewDragon('Resilience', {
    mission: 'Crew-1', net: '2020-11-16T00:27Z', type: 'Human Exploration',
    description: 'First operational NASA commercial crew rotation: Michael Hopkins, Victor Glover, Shannon Walker and JAXA\'s Soichi Noguchi.',
    agencies: [NASA, 'SpaceX', JAXA], programs: CCP,
  }, ISS, '2021-05-02T06:56Z', splash('Gulf of Mexico', 'Night splashdown off Panama City, Florida.'), [
    at('Harmony forward', '2020-11-17T04:01Z', '2021-04-05'),
    at('Harmony zenith', '2021-04-05', '2021-05-02T00:35Z'),
  ]),
  crewDragon('Resilience', {
    mission: 'Inspiration4', net: '2021-09-16T00:02Z', type: 'Tourism',
    description: 'First all-civilian orbital flight, commanded by Jared Isaacman, three days in orbit at about 585 km with a glass dome in place of the docking port.',
  }, 'Low Earth Orbit', '2021-09-18T23:06Z', splash('Atlantic Ocean', 'Splashed down off Cape Canaveral, Florida.')),
  crewDragon('Resilience', {
    mission: 'Polaris Dawn', net: '2024-09-10T09:23Z', type: 'Tourism',
    description: 'Private five-day flight led by Jared Isaacman that reached about 1,400 km and made the first commercial spacewalk.',
  }, 'Low Earth Orbit', '2024-09-15T07:36Z', splash('Gulf of Mexico', 'Splashed down near the Dry Tortugas, Florida.')),
  crewDragon('Resilience', {
    mission: 'Fram2', net: '2025-04-01T01:46Z', type: 'Tourism',
    description: 'Private flight led by Chun Wang, the first crewed flight over the Earth\'s poles.',
  }, 'Low Earth Orbit', '2025-04-04T16:19Z', splash('Pacific Ocean', 'The first Crew Dragon splashdown off California.')),
  crewDragon('Endurance', {
    mission: 'Crew-3', net: '2021-11-11T02:03Z', type: 'Human Exploration',
    description: 'NASA crew rotation with Raja Chari, Thomas Marshburn, Kayla Barron and ESA\'s Matthias Maurer.',
    agencies: [NASA, 'SpaceX', ESA], programs: CCP,
  }, ISS, '2022-05-06T04:43Z', splash('Gulf of Mexico', 'Splashed down off Tampa, Florida.'), [
    at('Harmony forward', '2021-11-11T23:32Z', '2022-05-05'),
  ]),
  crewDragon('Endurance', {
    mission: 'Crew-5', net: '2022-10-05T16:00Z', type: 'Human Exploration',
    description: 'NASA crew rotation with Nicole Mann, Josh Cassada, JAXA\'s Koichi Wakata and Roscosmos\' Anna Kikina, the first Russian on a Crew Dragon.',
    agencies: [NASA, 'SpaceX', JAXA, ROSCOSMOS], programs: CCP,
  }, ISS, '2023-03-12T02:02Z', splash('Gulf of Mexico', 'Splashed down off Tampa, Florida.'), [
    at('Harmony forward', '2022-10-06T21:01Z', '2023-03-11'),
  ]),
  crewDragon('Endurance', {
    mission: 'Crew-7', net: '2023-08-26T07:27Z', type: 'Human Exploration',
    description: 'NASA crew rotation with Jasmin Moghbeli, ESA\'s Andreas Mogensen, JAXA\'s Satoshi Furukawa and Roscosmos\' Konstantin Borisov.',
    agencies: [NASA, 'SpaceX', ESA, JAXA, ROSCOSMOS], programs: CCP,
  }, ISS, '2024-03-12T09:47Z', splash('Gulf of Mexico', 'Splashed down off Pensacola, Florida.'), [
    at('Harmony zenith', '2023-08-27T13:16Z', '2024-03-11T15:20Z'),
  ]),
  crewDragon('Endurance', {
    mission: 'Crew-10', net: '2025-03-14T23:03Z', type: 'Human Exploration',
    description: 'NASA crew rotation with Anne McClain, Nichole Ayers, JAXA\'s Takuya Onishi and Roscosmos\' Kirill Peskov, which relieved the Crew-9 and Starliner astronauts.',
    agencies: [NASA, 'SpaceX', JAXA, ROSCOSMOS], programs: CCP,
  }, ISS, '2025-08-09T15:33Z', splash('Pacific Ocean', 'The first splashdown of a NASA commercial crew mission off California.'), [
    at('Harmony forward', '2025-03-16T04:04Z', '2025-08-08T22:15Z'),
  ]),
  crewDragon('Grace', {
    mission: 'Axiom Mission 4', net: '2025-06-25T06:31Z', type: 'Tourism',
    description: 'Fourth private Axiom flight to the ISS, commanded by Peggy Whitson, with the first astronauts from India, Poland and Hungary to visit the station.',
    agencies: ['SpaceX'], programs: [ISS],
  }, ISS, '2025-07-15T09:31Z', splash('Pacific Ocean', 'Splashed down off San Diego, California.'), [
    at('Harmony zenith', '2025-06-26T10:31Z', '2025-07-14T11:15Z'),
  ]),
  crewDragon('Freedom', {
    mission: 'Crew-4', net: '2022-04-27T07:52Z', type: 'Human Exploration',
    description: 'NASA crew rotation with Kjell Lindgren, Bob Hines, Jessica Watkins and ESA\'s Samantha Cristoforetti, on Freedom\'s first flight.',
    agencies: [NASA, 'SpaceX', ESA], programs: CCP,
  }, ISS, '2022-10-14T20:55Z', splash('Atlantic Ocean', 'Splashed down off Jacksonville, Florida.'), [
    at('Harmony zenith', '2022-04-27', '2022-10-14T16:05Z'),
  ]),
  crewDragon('Freedom', {
    mission: 'Axiom Mission 2', net: '2023-05-21T21:37Z', type: 'Tourism',
    description: 'Second private Axiom flight, commanded by Peggy Whitson, with the first Saudi astronauts to visit the ISS.',
    agencies: ['SpaceX'], programs: [ISS],
  }, ISS, '2023-05-31T03:04Z', splash('Gulf of Mexico', 'Splashed down off Panama City, Florida.'), [
    at('Harmony zenith', '2023-05-22T13:12Z', '2023-05-30T15:05Z'),
  ]),
  crewDragon('Freedom', {
    mission: 'Axiom Mission 3', net: '2024-01-18T21:49Z', type: 'Tourism',
    description: 'Third private Axiom flight, commanded by Michael López-Alegría, with astronauts from Italy, Sweden and Turkey; weather kept them at the station several extra days.',
    agencies: ['SpaceX'], programs: [ISS],
  }, ISS, '2024-02-09T13:30Z', splash('Atlantic Ocean', 'Splashed down off Daytona Beach, Florida.'), [
    at('Harmony forward', '2024-01-20T10:42Z', '2024-02-07'),
  ]),
];

// ---------------------------------------------------------------------------------------------
// Cygnus, each named after a person. S.S. Deke Slayton (Orb-3) is in the bundled files.

const OSC = 'Orbital Sciences Corporation';
const NG = 'Northrop Grumman';

/** A Cygnus flight; `end` is the destructive re-entry. */
function cygnus(name: string, mission: string, net: string, rocket: string, description: string, port: Port, berthed: string, unberthed: string | null, end: string | null): FlightEntry {
  const onAntares = rocket.startsWith('Antares');
  const early = mission === 'Orb-D1' || mission === 'Orb-1' || mission === 'Orb-2';
  const pad = onAntares ? 'Launch Pad 0A' : rocket === 'Atlas V 401' ? 'Space Launch Complex 41' : SLC40;
  const provider = onAntares ? (early ? OSC : NG) : rocket === 'Atlas V 401' ? 'United Launch Alliance' : 'SpaceX';
  return {
    spacecraft: name,
    launch: {
      mission: `Cygnus ${mission}`, net, rocket, pad, outcome: 'success', provider,
      type: mission === 'Orb-D1' ? 'Test Flight' : 'Resupply', description,
      agencies: [NASA, early ? OSC : NG], programs: mission === 'Orb-D1' ? [ISS] : CRS,
    },
    destination: ISS, end, landing: null, dockings: [at(port, berthed, unberthed)],
  };
}

const cygnusShip = (name: string, description: string) => ship(name, null, 'Cygnus', 'Single Use', description);

const cygnusShips: SpacecraftEntry[] = [
  cygnusShip('S.S. G. David Low', 'The first Cygnus, flown on the 2013 demonstration mission and named after the Orbital executive and former astronaut David Low.'),
  cygnusShip('S.S. C. Gordon Fullerton', 'The Cygnus of the first contracted Orbital resupply flight, named after the shuttle astronaut Gordon Fullerton.'),
  cygnusShip('S.S. Janice Voss', 'The Cygnus of Orb-2, named after the five-flight shuttle astronaut Janice Voss.'),
  cygnusShip('S.S. Deke Slayton II', 'The first enhanced, longer Cygnus, named again after Deke Slayton after the loss of the first ship of that name; it flew on an Atlas V.'),
  cygnusShip('S.S. Rick Husband', 'The Cygnus of OA-6, named after Columbia\'s last commander, which hosted the first large fire experiment in orbit after leaving the station.'),
  cygnusShip('S.S. Alan Poindexter', 'The Cygnus of Antares\' return to flight in 2016, named after the shuttle commander Alan Poindexter.'),
  cygnusShip('S.S. John Glenn', 'The Cygnus of OA-7, named after John Glenn, the first American to orbit the Earth.'),
  cygnusShip('S.S. Gene Cernan', 'The Cygnus of OA-8E, named after Gene Cernan, the last man to leave the Moon.'),
  cygnusShip('S.S. J.R. Thompson', 'The Cygnus of OA-9E, named after the NASA and Orbital executive J.R. Thompson; it made the first ISS reboost by a commercial ship.'),
  cygnusShip('S.S. John Young', 'The Cygnus of NG-10, named after the Gemini, Apollo and shuttle astronaut John Young.'),
  cygnusShip('S.S. Roger Chaffee', 'The Cygnus of NG-11, named after the Apollo 1 astronaut Roger Chaffee, which flew for months on its own after leaving the station.'),
  cygnusShip('S.S. Alan Bean', 'The Cygnus of NG-12, the first under NASA\'s second resupply contract, named after the Apollo 12 moonwalker Alan Bean.'),
  cygnusShip('S.S. Robert H. Lawrence', 'The Cygnus of NG-13, named after Robert Lawrence, the first African-American selected as an astronaut.'),
  cygnusShip('S.S. Kalpana Chawla', 'The Cygnus of NG-14, named after the Columbia astronaut Kalpana Chawla; it delivered a new space toilet.'),
  cygnusShip('S.S. Katherine Johnson', 'The Cygnus of NG-15, named after the NASA mathematician Katherine Johnson.'),
  cygnusShip('S.S. Ellison Onizuka', 'The Cygnus of NG-16, named after Ellison Onizuka, the first Asian-American astronaut.'),
  cygnusShip('S.S. Piers Sellers', 'The Cygnus of NG-17, named after the astronaut and climate scientist Piers Sellers; it performed a standard reboost of the station.'),
  cygnusShip('S.S. Sally Ride', 'The Cygnus of NG-18, named after Sally Ride; one of its two solar arrays failed to open but it completed its mission.'),
  cygnusShip('S.S. Laurel Clark', 'The Cygnus of NG-19, named after the Columbia astronaut Laurel Clark, launched on the last Antares 230+.'),
  cygnusShip('S.S. Patricia "Patty" Hilliard Robertson', 'The Cygnus of NG-20, the first launched on a Falcon 9, named after the astronaut Patricia Hilliard Robertson.'),
  cygnusShip('S.S. Francis R. "Dick" Scobee', 'The Cygnus of NG-21, named after Challenger\'s commander Dick Scobee; it stayed about eight months at the station.'),
];

const cygnusFlights: FlightEntry[] = [
  cygnus('S.S. G. David Low', 'Orb-D1', '2013-09-18T14:58Z', 'Antares 110',
    'Cygnus demonstration flight under NASA\'s COTS programme; berthing slipped a week because of a navigation data mismatch.',
    'Harmony nadir', '2013-09-29', '2013-10-22', '2013-10-23'),
  cygnus('S.S. C. Gordon Fullerton', 'Orb-1', '2014-01-09T18:07Z', 'Antares 120',
    'First contracted Cygnus resupply flight.', 'Harmony nadir', '2014-01-12', '2014-02-18', '2014-02-19'),
  cygnus('S.S. Janice Voss', 'Orb-2', '2014-07-13T16:52Z', 'Antares 120',
    'Second contracted Cygnus resupply flight.', 'Harmony nadir', '2014-07-16', '2014-08-15', '2014-08-17'),
  cygnus('S.S. Deke Slayton II', 'OA-4', '2015-12-06T21:44Z', 'Atlas V 401',
    'First enhanced Cygnus, launched on an Atlas V while Antares was re-engined.', 'Unity nadir', '2015-12-09', '2016-02-19', '2016-02-20'),
  cygnus('S.S. Rick Husband', 'OA-6', '2016-03-23T03:05Z', 'Atlas V 401',
    'Resupply flight that ended with the Saffire-I fire experiment in the empty Cygnus.', 'Unity nadir', '2016-03-26', '2016-06-14', '2016-06-22'),
  cygnus('S.S. Alan Poindexter', 'OA-5', '2016-10-17T23:45Z', 'Antares 230',
    'Return to flight of Antares with new RD-181 engines.', 'Unity nadir', '2016-10-23', '2016-11-21', '2016-11-27'),
  cygnus('S.S. John Glenn', 'OA-7', '2017-04-18T15:11Z', 'Atlas V 401',
    'Third and last Cygnus launched on an Atlas V.', 'Unity nadir', '2017-04-22', '2017-06-04', '2017-06-11'),
  cygnus('S.S. Gene Cernan', 'OA-8E', '2017-11-12T12:19Z', 'Antares 230',
    'Resupply flight that raised its orbit after leaving the station to release CubeSats.', 'Unity nadir', '2017-11-14', '2017-12-06', '2017-12-18'),
  cygnus('S.S. J.R. Thompson', 'OA-9E', '2018-05-21T08:44Z', 'Antares 230',
    'Resupply flight that tested reboosting the ISS with a Cygnus engine.', 'Unity nadir', '2018-05-24', '2018-07-15', '2018-07-30'),
  cygnus('S.S. John Young', 'NG-10', '2018-11-17T09:01Z', 'Antares 230',
    'First Cygnus flight flown under the Northrop Grumman name.', 'Unity nadir', '2018-11-19', '2019-02-08', '2019-02-25'),
  cygnus('S.S. Roger Chaffee', 'NG-11', '2019-04-17T20:46Z', 'Antares 230',
    'Last flight of NASA\'s first resupply contract for Cygnus, the first with cargo loaded a day before launch.', 'Unity nadir', '2019-04-19', '2019-08-06', '2019-12-06'),
  cygnus('S.S. Alan Bean', 'NG-12', '2019-11-02T13:59Z', 'Antares 230+',
    'First Cygnus flight under NASA\'s second resupply contract and first on the Antares 230+.', 'Unity nadir', '2019-11-04', '2020-01-31', null),
  cygnus('S.S. Robert H. Lawrence', 'NG-13', '2020-02-15T20:21Z', 'Antares 230+',
    'Resupply flight followed by the Saffire-IV fire experiment.', 'Unity nadir', '2020-02-18', '2020-05-11', '2020-05-29'),
  cygnus('S.S. Kalpana Chawla', 'NG-14', '2020-10-03T01:16Z', 'Antares 230+',
    'Resupply flight carrying a new compact toilet for the station.', 'Unity nadir', '2020-10-05', '2021-01-06', null),
  cygnus('S.S. Katherine Johnson', 'NG-15', '2021-02-20T17:36Z', 'Antares 230+',
    'Resupply flight with about 3.8 tonnes of cargo.', 'Unity nadir', '2021-02-22', '2021-06-29', null),
  cygnus('S.S. Ellison Onizuka', 'NG-16', '2021-08-10T22:01Z', 'Antares 230+',
    'Resupply flight carrying a new carbon dioxide scrubber.', 'Unity nadir', '2021-08-12', '2021-11-20', null),
  cygnus('S.S. Piers Sellers', 'NG-17', '2022-02-19T17:40Z', 'Antares 230+',
    'Resupply flight whose Cygnus reboosted the station in June 2022.', 'Unity nadir', '2022-02-21', '2022-06-28', '2022-06-29'),
  cygnus('S.S. Sally Ride', 'NG-18', '2022-11-07T10:32Z', 'Antares 230+',
    'Resupply flight that reached the station with only one of its two solar arrays deployed.', 'Unity nadir', '2022-11-09', '2023-04-21', null),
  cygnus('S.S. Laurel Clark', 'NG-19', '2023-08-02T00:31Z', 'Antares 230+',
    'Last flight of the Antares 230+ and its Ukrainian-built first stage.', 'Unity nadir', '2023-08-04', '2023-12-22', null),
  cygnus('S.S. Patricia "Patty" Hilliard Robertson', 'NG-20', '2024-01-30T17:07Z', 'Falcon 9',
    'First Cygnus launched on a SpaceX Falcon 9, after Antares 230+ was retired.', 'Unity nadir', '2024-02-01', '2024-07-12', '2024-07-13'),
  cygnus('S.S. Francis R. "Dick" Scobee', 'NG-21', '2024-08-04T15:02Z', 'Falcon 9',
    'Second Cygnus launched on a Falcon 9, the longest Cygnus stay at the station.', 'Unity nadir', '2024-08-06', '2025-03-28', '2025-03-30'),
];

// ---------------------------------------------------------------------------------------------
// HTV (Kounotori), berthed to Harmony nadir by the station's arm.

function htv(n: number, net: string, description: string, port: Port, berthed: string, unberthed: string, end: string | null): FlightEntry {
  return {
    spacecraft: `HTV-${n}`,
    launch: {
      mission: `HTV-${n}`, net, rocket: 'H-IIB', pad: 'Yoshinobu Launch Complex LP-2', outcome: 'success',
      provider: 'Mitsubishi Heavy Industries', type: 'Resupply', description, agencies: [JAXA], programs: [ISS],
    },
    destination: ISS, end, landing: null, dockings: [at(port, berthed, unberthed)],
  };
}

const htvShips: SpacecraftEntry[] = [
  ship('HTV-1', null, 'H-II Transfer Vehicle', 'Single Use', 'The first HTV, a technical demonstration flight that carried the SMILES and HREP experiments for Kibo.'),
  ship('HTV-2', null, 'H-II Transfer Vehicle', 'Single Use', 'Kounotori 2, the first HTV to carry the Kounotori name.'),
  ship('HTV-3', null, 'H-II Transfer Vehicle', 'Single Use', 'Kounotori 3, which brought the first small satellites to be released from Kibo\'s airlock.'),
  ship('HTV-4', null, 'H-II Transfer Vehicle', 'Single Use', 'Kounotori 4, which delivered a Kirobo talking robot among its cargo.'),
  ship('HTV-5', null, 'H-II Transfer Vehicle', 'Single Use', 'Kounotori 5, which carried the CALET cosmic-ray telescope to Kibo.'),
  ship('HTV-6', null, 'H-II Transfer Vehicle', 'Single Use', 'Kounotori 6, which delivered new lithium-ion batteries for the station\'s power system.'),
  ship('HTV-7', null, 'H-II Transfer Vehicle', 'Single Use', 'Kounotori 7, which released a small return capsule that brought samples back to Japan.'),
  ship('HTV-8', null, 'H-II Transfer Vehicle', 'Single Use', 'Kounotori 8, whose launch was delayed by a fire on the launch pad.'),
  ship('HTV-9', null, 'H-II Transfer Vehicle', 'Single Use', 'Kounotori 9, the last HTV, launched on the final H-IIB.'),
];

const htvFlights: FlightEntry[] = [
  htv(1, '2009-09-10T17:01Z', 'Demonstration flight of Japan\'s H-II Transfer Vehicle and maiden launch of the H-IIB.',
    'Harmony nadir', '2009-09-17T22:26Z', '2009-10-30T15:02Z', '2009-11-01'),
  htv(2, '2011-01-22T05:37Z', 'Second HTV flight, which was moved between Harmony\'s nadir and zenith berths during its stay.',
    null, '2011-01-27', '2011-03-28', '2011-03-30'),
  htv(3, '2012-07-21T02:06Z', 'Third HTV flight, carrying small satellites deployed later from Kibo.',
    'Harmony nadir', '2012-07-27', '2012-09-12', '2012-09-14'),
  htv(4, '2013-08-03T19:48Z', 'Fourth HTV flight.', 'Harmony nadir', '2013-08-09', '2013-09-04', '2013-09-07'),
  htv(5, '2015-08-19T11:50Z', 'Fifth HTV flight, which delivered supplies at a time when other cargo ships had been lost.',
    'Harmony nadir', '2015-08-24', '2015-09-28', '2015-09-29'),
  htv(6, '2016-12-09T13:26Z', 'Sixth HTV flight, which carried batteries and tested an electrodynamic tether after leaving the station.',
    'Harmony nadir', '2016-12-13', '2017-01-27', '2017-02-05'),
  htv(7, '2018-09-22T17:52Z', 'Seventh HTV flight, carrying more station batteries and a small reentry capsule.',
    'Harmony nadir', '2018-09-27', '2018-11-07', null),
  htv(8, '2019-09-24T16:05Z', 'Eighth HTV flight, launched after a pad fire scrubbed the first attempt.',
    'Harmony nadir', '2019-09-28', '2019-11-01', null),
  htv(9, '2020-05-20T17:31Z', 'Ninth and last HTV flight and final flight of the H-IIB.',
    'Harmony nadir', '2020-05-25', '2020-08-18', '2020-08-20'),
];

// ---------------------------------------------------------------------------------------------
// ATV, docked to Zvezda's aft port.

function atv(n: number, name: string, net: string, description: string, docked: string, undocked: string, end: string): FlightEntry {
  return {
    spacecraft: name,
    launch: {
      mission: `ATV-${n} ${name}`, net, rocket: 'Ariane 5 ES', pad: 'Ensemble de Lancement Ariane 3 (ELA-3)', outcome: 'success',
      provider: 'Arianespace', type: 'Resupply', description, agencies: [ESA], programs: [ISS],
    },
    destination: ISS, end, landing: null, dockings: [at('Zvezda aft', docked, undocked)],
  };
}

const atvShips: SpacecraftEntry[] = [
  ship('Jules Verne', 'ATV-001', 'Automated Transfer Vehicle', 'Single Use', 'The first ATV, named after the French author, which demonstrated Europe\'s automated docking in 2008.'),
  ship('Johannes Kepler', 'ATV-002', 'Automated Transfer Vehicle', 'Single Use', 'The second ATV, named after the German astronomer.'),
  ship('Edoardo Amaldi', 'ATV-003', 'Automated Transfer Vehicle', 'Single Use', 'The third ATV, named after the Italian physicist who helped found ESA\'s predecessor.'),
  ship('Albert Einstein', 'ATV-004', 'Automated Transfer Vehicle', 'Single Use', 'The fourth ATV, named after the physicist Albert Einstein.'),
  ship('Georges Lemaître', 'ATV-005', 'Automated Transfer Vehicle', 'Single Use', 'The fifth and last ATV, named after the Belgian originator of the Big Bang theory.'),
];

const atvFlights: FlightEntry[] = [
  atv(1, 'Jules Verne', '2008-03-09T04:03Z', 'First ATV flight, which waited in orbit for the STS-123 shuttle mission to end before docking.',
    '2008-04-03T14:45Z', '2008-09-05T21:29Z', '2008-09-29'),
  atv(2, 'Johannes Kepler', '2011-02-16T21:50Z', 'Second ATV flight, which reboosted the station several times.',
    '2011-02-24T15:59Z', '2011-06-20T14:46Z', '2011-06-21'),
  atv(3, 'Edoardo Amaldi', '2012-03-23T04:34Z', 'Third ATV flight.', '2012-03-28', '2012-09-28', '2012-10-03'),
  atv(4, 'Albert Einstein', '2013-06-05T21:52Z', 'Fourth ATV flight, carrying about seven tonnes of cargo.', '2013-06-15', '2013-10-28', '2013-11-02'),
  atv(5, 'Georges Lemaître', '2014-07-29T23:47Z', 'Fifth and last ATV flight, ending Europe\'s ISS freighter programme.', '2014-08-12', '2015-02-14', '2015-02-15'),
];

// ---------------------------------------------------------------------------------------------
// Starship integrated flight tests from Orbital Launch Pad A, by ship serial.

function starship(n: number, ship: string, net: string, outcome: LaunchEntry['outcome'], description: string, failreason?: string): FlightEntry {
  const landed = n >= 4 && n <= 6;
  return {
    spacecraft: ship,
    launch: {
      mission: `Starship Flight Test ${n}`, net, rocket: 'Starship', pad: 'Orbital Launch Pad A', outcome, provider: 'SpaceX',
      type: 'Test Flight', orbit: 'Suborbital', description, ...(failreason ? { failreason } : {}),
    },
    destination: 'Low Earth Orbit', end: net.slice(0, 10),
    landing: landed ? splash('Indian Ocean', 'Controlled splashdown in the Indian Ocean at the end of the test.') : null,
  };
}

const starships: SpacecraftEntry[] = [
  ship('Ship 24', 'S24', 'Starship', 'Destroyed', 'The ship of the first integrated Starship flight; it never separated from its booster and was destroyed.'),
  ship('Ship 25', 'S25', 'Starship', 'Destroyed', 'The ship of the second flight, which hot-staged and reached near-orbital speed before it was lost.'),
  ship('Ship 28', 'S28', 'Starship', 'Destroyed', 'The ship of the third flight, the first to reach space; it broke up during reentry over the Indian Ocean.'),
  ship('Ship 29', 'S29', 'Starship', 'Single Use', 'The ship of the fourth flight, the first to survive reentry, reaching the Indian Ocean despite a burnt flap.'),
  ship('Ship 30', 'S30', 'Starship', 'Single Use', 'The ship of the fifth flight, which made a precise splashdown while its booster was caught by the launch tower.'),
  ship('Ship 31', 'S31', 'Starship', 'Single Use', 'The ship of the sixth flight, which relit a Raptor engine in space before splashing down.'),
  ship('Ship 33', 'S33', 'Starship', 'Destroyed', 'The first Block 2 ship, lost over the Caribbean on the seventh flight.'),
  ship('Ship 34', 'S34', 'Starship', 'Destroyed', 'The ship of the eighth flight, lost when several engines shut down during ascent.'),
  ship('Ship 35', 'S35', 'Starship', 'Destroyed', 'The ship of the ninth flight, which reached space but lost attitude control and broke up on reentry.'),
  ship('Ship 36', 'S36', 'Starship', 'Destroyed', 'A Block 2 ship that exploded on a test stand at Starbase in June 2025 while being readied for a static fire; it never flew.'),
];

const starshipFlights: FlightEntry[] = [
  starship(1, 'Ship 24', '2023-04-20T13:33Z', 'failure',
    'First integrated flight of Super Heavy and Starship; the stack tumbled after several engines failed and was destroyed about four minutes after liftoff.',
    'Engine failures and a loss of control prevented stage separation; the flight termination system destroyed the vehicle.'),
  starship(2, 'Ship 25', '2023-11-18T13:02Z', 'failure',
    'Second flight, which demonstrated hot staging; the booster broke up after separation and the ship was lost late in its burn.',
    'A propellant vent late in the ship\'s ascent led to a fire and loss of the vehicle before engine cutoff.'),
  starship(3, 'Ship 28', '2024-03-14T13:25Z', 'success',
    'Third flight, the first to reach its planned trajectory in space; the ship was lost during reentry.'),
  starship(4, 'Ship 29', '2024-06-06T12:50Z', 'success',
    'Fourth flight, the first in which both booster and ship made soft splashdowns.'),
  starship(5, 'Ship 30', '2024-10-13T12:25Z', 'success',
    'Fifth flight, in which the launch tower caught the returning booster for the first time.'),
  starship(6, 'Ship 31', '2024-11-19T22:00Z', 'success',
    'Sixth flight, with the first in-space relight of a Raptor engine.'),
  starship(7, 'Ship 33', '2025-01-16T22:37Z', 'failure',
    'Seventh flight and first of the Block 2 ship; the booster was caught again but the ship was lost during ascent.',
    'A propellant leak in the ship\'s aft section started fires that shut down engines and led to the loss of the vehicle.'),
  starship(8, 'Ship 34', '2025-03-06T23:30Z', 'failure',
    'Eighth flight; the ship lost several engines near the end of its burn and broke apart.',
    'An engine failure in the ship led to the loss of several Raptors and of attitude control before engine cutoff.'),
  starship(9, 'Ship 35', '2025-05-27T23:36Z', 'partial',
    'Ninth flight, the first with a reflown Super Heavy; the ship reached space but leaks cost it attitude control and it broke up on reentry.',
    'Propellant leaks after engine cutoff led to a loss of attitude control; the dummy satellites could not be deployed and the planned engine relight was skipped.'),
];

// ---------------------------------------------------------------------------------------------

export const part: CatalogPart = {
  families: [
    {
      name: 'HTV', description: 'Japan\'s uncrewed cargo ships for the International Space Station.', manufacturer: JAXA,
      parent: null, maidenFlight: '2009-09-10',
    },
  ],
  configurations,
  spacecraft: [
    ...dragon1Capsules,
    ...cargoDragons,
    ...crewDragons,
    ...cygnusShips,
    ...htvShips,
    ...atvShips,
    ship('Tenacity', null, 'Dream Chaser', 'Under construction', 'The first Dream Chaser spaceplane, built for NASA cargo flights to the ISS and not yet launched by mid-2025.'),
    ...starships,
  ],
  flights: [
    ...dragon1Flights,
    ...cargoDragonFlights,
    ...crewDragonFlights,
    ...cygnusFlights,
    ...htvFlights,
    ...atvFlights,
    ...starshipFlights,
  ],
};
