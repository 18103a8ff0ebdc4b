import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { type Api, makeOrganization } from './api.js';

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A small world for the trust tests: partner countries Tajikistan, Kazakhstan and Austria (a country
 * that also provides courses), a school that provides others, and an open iteration of a course of
 * each provider that every partner may nominate to.
 */
export async function trustWorld(api: Api) {
  const tj = await makeOrganization(api, { kind: 'state' });
  const kz = await makeOrganization(api, { kind: 'state' });
  const at = await makeOrganization(api, { kind: 'state' });
  const school = await makeOrganization(api, { kind: 'body' });
  const atCourse = await openIteration(api, at.id);
  const schoolCourse = await openIteration(api, school.id);
  return { tj, kz, at, school, atCourse, schoolCourse };
}

export async function openIteration(api: Api, providerId: string, marking = 'public', seats = 5) {
  const activity = await api.call('POST', '/api/activities', {
    key: `L${randomUUID()
      .slice(0, 4)
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, 'X')}.${Math.floor(Math.random() * 1e6)}`,
    provider_id: providerId,
    title: 'Illustrative course on border security',
    event_type: 'course',
    marking,
  });
  expect(activity.status, JSON.stringify(activity.json)).toBe(201);
  const iteration = await api.call('POST', '/api/iterations', {
    activity_id: activity.json.id,
    start_date: future(60),
    end_date: future(64),
    deadline: future(30),
    seats,
    status: 'open',
  });
  expect(iteration.status, JSON.stringify(iteration.json)).toBe(201);
  return { activity: activity.json, iteration: iteration.json };
}

/** Nominates a new person by name as the headers given; returns the nomination. */
export async function nominateByName(
  api: Api,
  iterationId: string,
  partnerId: string,
  headers: Record<string, string>,
  name = `Nominee ${randomUUID().slice(0, 6)}`,
) {
  const res = await api.call(
    'POST',
    '/api/nominations',
    { iteration_id: iterationId, partner_id: partnerId, person_name: name },
    headers,
  );
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json;
}
