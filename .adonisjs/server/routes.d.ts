import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'assets.vendor': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'signup.create': { paramsTuple?: []; params?: {} }
    'signup.store': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'resumes.index': { paramsTuple?: []; params?: {} }
    'resumes.store': { paramsTuple?: []; params?: {} }
    'resumes.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'resumes.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'resumes.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  GET: {
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'assets.vendor': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'signup.create': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'resumes.index': { paramsTuple?: []; params?: {} }
    'resumes.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'resumes.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  HEAD: {
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'assets.vendor': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'signup.create': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'resumes.index': { paramsTuple?: []; params?: {} }
    'resumes.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'resumes.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  POST: {
    'signup.store': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'resumes.store': { paramsTuple?: []; params?: {} }
  }
  DELETE: {
    'resumes.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}